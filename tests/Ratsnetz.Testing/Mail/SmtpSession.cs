using System.Text;

namespace Ratsnetz.Testing.Mail;

/// <summary>One SMTP connection of the <see cref="SmtpSink"/>: the command loop of RFC 5321, section 4.1.</summary>
internal sealed class SmtpSession(StreamReader reader, StreamWriter writer, SmtpSink sink)
{
    private string? _from;
    private readonly List<string> _to = [];

    public async Task RunAsync(CancellationToken ct)
    {
        await writer.WriteLineAsync(sink.Refuse ? "421 sink.localhost Service not available" : "220 sink.localhost ESMTP test sink");
        if (sink.Refuse)
        {
            return;
        }

        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-sink.localhost greets you");
                    await writer.WriteLineAsync("250-8BITMIME");
                    await writer.WriteLineAsync("250 SIZE 10485760");
                    break;
                case "HELO":
                    await writer.WriteLineAsync("250 sink.localhost");
                    break;
                case "MAIL":
                    Reset();
                    _from = Address(line);
                    await writer.WriteLineAsync(sink.Refuse ? "421 4.3.0 Try again later" : "250 2.1.0 OK");
                    break;
                case "RCPT" when _from is null:
                    await writer.WriteLineAsync("503 5.5.1 MAIL first");
                    break;
                case "RCPT":
                    _to.Add(Address(line));
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA" when _to.Count == 0:
                    await writer.WriteLineAsync("503 5.5.1 RCPT first");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var raw = await ReadDataAsync(ct);
                    sink.Accept(ReceivedMail.Parse(_from!, [.. _to], raw));
                    Reset();
                    await writer.WriteLineAsync("250 2.0.0 Accepted");
                    break;
                case "RSET":
                    Reset();
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                    break;
            }
        }
    }

    private async Task<string> ReadDataAsync(CancellationToken ct)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line && line != ".")
        {
            // Transparency (RFC 5321 4.5.2): a leading dot was doubled by the client.
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private void Reset()
    {
        _from = null;
        _to.Clear();
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
