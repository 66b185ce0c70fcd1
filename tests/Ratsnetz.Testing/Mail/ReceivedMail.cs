using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace Ratsnetz.Testing.Mail;

/// <summary>
/// A mail the <see cref="SmtpSink"/> accepted: the envelope, the headers (encoded words decoded) and the decoded
/// plain-text and HTML parts of a multipart/alternative body (quoted-printable, base64, 7bit or 8bit).
/// </summary>
public sealed partial record ReceivedMail(string From, IReadOnlyList<string> To, string Raw, IReadOnlyDictionary<string, string> Headers, string? Text, string? Html)
{
    public string Subject => Headers.GetValueOrDefault("Subject") ?? string.Empty;

    /// <summary>The first absolute link in the plain text whose path starts with <paramref name="pathPrefix"/>.</summary>
    public Uri Link(string pathPrefix)
    {
        foreach (Match match in UrlPattern().Matches(Text ?? string.Empty))
        {
            var uri = new Uri(match.Value);
            if (uri.AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal))
            {
                return uri;
            }
        }

        throw new InvalidOperationException($"The mail has no link to {pathPrefix}.");
    }

    internal static ReceivedMail Parse(string from, IReadOnlyList<string> to, string raw)
    {
        var (headers, body) = Split(raw);
        string? text = null, html = null;
        var type = headers.GetValueOrDefault("Content-Type") ?? "text/plain";
        if (Boundary(type) is { } boundary)
        {
            foreach (var part in Parts(body, boundary))
            {
                var (partHeaders, partBody) = Split(part);
                var partType = partHeaders.GetValueOrDefault("Content-Type") ?? "text/plain";
                var decoded = Decode(partBody, partHeaders.GetValueOrDefault("Content-Transfer-Encoding"));
                if (partType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
                {
                    text ??= decoded;
                }
                else if (partType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
                {
                    html ??= decoded;
                }
            }
        }
        else
        {
            text = Decode(body, headers.GetValueOrDefault("Content-Transfer-Encoding"));
        }

        return new ReceivedMail(from, to, raw, headers, text, html);
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string message)
    {
        var end = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = end < 0 ? message : message[..end];
        var body = end < 0 ? string.Empty : message[(end + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split("\r\n"))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                headers[last] += line; // folded (RFC 5322 2.2.3)
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }

        foreach (var name in headers.Keys.ToList())
        {
            headers[name] = DecodeWords(headers[name]);
        }

        return (headers, body);
    }

    private static string? Boundary(string contentType) =>
        BoundaryPattern().Match(contentType) is { Success: true } m ? m.Groups["b"].Value : null;

    private static IEnumerable<string> Parts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        foreach (var chunk in body.Split(delimiter).Skip(1))
        {
            if (chunk.StartsWith("--", StringComparison.Ordinal))
            {
                yield break;
            }

            yield return chunk.TrimStart('\r', '\n');
        }
    }

    private static string Decode(string body, string? transferEncoding)
    {
        var bytes = (transferEncoding ?? "7bit").Trim().ToLowerInvariant() switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => QuotedPrintable(body),
            _ => Encoding.Latin1.GetBytes(body),
        };
        return Encoding.UTF8.GetString(bytes).TrimEnd('\r', '\n');
    }

    private static byte[] QuotedPrintable(string body)
    {
        var bytes = new List<byte>();
        var text = body.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return [.. bytes];
    }

    // RFC 2047 encoded words, as SmtpClient writes non-ASCII subjects.
    private static string DecodeWords(string value) =>
        EncodedWord().Replace(value.Replace("?= =?", "?==?", StringComparison.Ordinal), m =>
        {
            var bytes = m.Groups["enc"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(m.Groups["text"].Value)
                : QuotedPrintable(m.Groups["text"].Value.Replace('_', ' '));
            return Encoding.GetEncoding(m.Groups["charset"].Value).GetString(bytes);
        });

    /// <summary>The address part of a header such as <c>From</c>.</summary>
    public static string AddressOf(string header) => new MailAddress(header).Address;

    [GeneratedRegex("""https?://[^\s<>"]+""")]
    private static partial Regex UrlPattern();

    [GeneratedRegex("""boundary="?(?<b>[^";]+)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<enc>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();
}
