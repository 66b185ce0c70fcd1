using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ratsnetz.Testing.Mail;

/// <summary>
/// A small SMTP server on 127.0.0.1 with a port of its own choosing, for tests that go through the real
/// <c>SmtpClient</c>: EHLO/HELO, MAIL, RCPT, DATA (with dot-unstuffing), RSET, NOOP, QUIT — enough of RFC 5321 for a
/// client without authentication or TLS. Accepted mails are kept in order; <see cref="Refuse"/> makes it answer
/// like a server that is temporarily unavailable.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _mails = new();
    private readonly Task _accepting;

    private SmtpSink(TcpListener listener)
    {
        _listener = listener;
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>While true, every transaction is refused with 421 (service not available), as a server that is down for maintenance.</summary>
    public bool Refuse { get; set; }

    public IReadOnlyList<ReceivedMail> Mails => [.. _mails];

    public static SmtpSink Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new SmtpSink(listener);
    }

    /// <summary>
    /// Portal settings that send mail through this sink, with mail links on <paramref name="portalUrl"/> and the
    /// background delivery off (tests run deliveries themselves on the test clock).
    /// </summary>
    public Dictionary<string, string?> PortalSettings(string portalUrl) => new()
    {
        ["Ratsnetz:Mail:Host"] = "127.0.0.1",
        ["Ratsnetz:Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ratsnetz:Mail:Sender"] = "Ratsnetz Kamen <ratsinfo@kamen.example>",
        ["Ratsnetz:Alerts:PortalUrl"] = portalUrl,
        ["Ratsnetz:Alerts:RunInBackground"] = "false",
    };

    /// <summary>The mails accepted so far, and forgets them.</summary>
    public IReadOnlyList<ReceivedMail> Take()
    {
        var taken = new List<ReceivedMail>();
        while (_mails.TryDequeue(out var mail))
        {
            taken.Add(mail);
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1, false, 8192, leaveOpen: true);
            using var writer = new StreamWriter(stream, Encoding.ASCII, 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await new SmtpSession(reader, writer, this).RunAsync(_stop.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away; a real server would log and carry on too.
        }
    }

    internal void Accept(ReceivedMail mail) => _mails.Enqueue(mail);
}
