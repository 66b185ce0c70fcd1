using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.Uploads;

/// <summary>Synthetic documents and the multipart upload as a browser sends it.</summary>
internal static partial class UploadSamples
{
    /// <summary>Minutes of a fictional session, laid out as regularly as council minutes come.</summary>
    public static byte[] KamenMinutes(int session = 5) => Encoding.UTF8.GetBytes($"""
        Stadt Kamen
        Der Bürgermeister

        Niederschrift
        über die {session}. Sitzung des Integrationsrates
        am Mittwoch, dem 12.03.2025
        im Sitzungssaal des Rathauses

        Beginn: 18:00 Uhr
        Ende: 19:30 Uhr

        Anwesend

        Liste Brücke

        Herr Max Muster
        Frau Erika Beispiel

        Verwaltung

        Herr Paul Protokoll

        Entschuldigt fehlten

        Frau Nora Abwesend

        A. Öffentlicher Teil

        TOP	Bezeichnung des Tagesordnungspunktes	Vorlage
        1	Einwohnerfragestunde	
        2	Bericht über das Sommerfest der Kulturen	

        Zu TOP 1.

        Einwohnerfragestunde

        Es wurden keine Fragen gestellt.

        Zu TOP 2.

        Bericht über das Sommerfest der Kulturen

        Frau **Beispiel** berichtete über die Vorbereitung des Festes.

        Beschluss:
        Der Integrationsrat nimmt den Bericht zur Kenntnis.

        Abstimmungsergebnis: einstimmig

        gez. Muster
        Vorsitzender
        """.Replace("\r\n", "\n", StringComparison.Ordinal));

    /// <summary>Text that is no council document at all.</summary>
    public static byte[] Garbage() => Encoding.UTF8.GetBytes("qwz 8812 ### lorem ipsum\nnothing to see here\n" + new string('x', 500));

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, string? body = null, bool autoRefresh = false)
    {
        var form = await client.GetStringAsync(new Uri("/hochladen", UriKind.Relative));
        var token = Token().Match(form);
        Assert.True(token.Success, "The upload form has no antiforgery token.");
        using var multipart = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        multipart.Add(file, "Document", fileName);
        multipart.Add(new StringContent(body ?? string.Empty), "Body");
        if (autoRefresh)
        {
            multipart.Add(new StringContent("true"), "AutoRefresh");
        }

        multipart.Add(new StringContent(WebUtility.HtmlDecode(token.Groups["value"].Value)), "__RequestVerificationToken");
        return await client.PostAsync(new Uri("/hochladen", UriKind.Relative), multipart);
    }

    public static int UploadId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = StatusPath().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Unexpected redirect to {response.Headers.Location}");
        return int.Parse(match.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the background worker has finished the upload.</summary>
    public static async Task<PendingUpload> WaitUntilFinishedAsync(PortalServer server, int uploadId, TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var upload = await ReviewSamples.WithDbAsync(server, db => db.PendingUploads.AsNoTracking().SingleAsync(u => u.Id == uploadId));
            if (upload.Status.IsFinished())
            {
                return upload;
            }

            Assert.True(waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(60)), $"Upload {uploadId} is still {upload.Status}.");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("/hochladen/(?<id>[0-9]+)")]
    private static partial Regex StatusPath();
}
