using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Documents.Extraction;
using Ratsnetz.Import.Documents;
using Ratsnetz.Testing;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Import.Review;

/// <summary>
/// Imports of synthetic minutes into the demo towns, built by hand (no extractor involved), and form posts with
/// the antiforgery token of the page they come from.
/// </summary>
internal static partial class ReviewSamples
{
    public const string Admin = "admin@ratsnetz.example";
    public const string KamenManagement = "gf-kamen@ratsnetz.example";
    public const string KamenMember = "oezkir@ratsnetz.example";

    /// <summary>Minutes of a fictional 5th session of a town's Integrationsrat; line numbers match the provenance below.</summary>
    public static ImportDocument Minutes(string town, string fileName)
    {
        string[] lines =
        [
            $"Stadt {town}",                                                     // 1
            "Niederschrift über die 5. Sitzung des Integrationsrates",           // 2
            "am 12.03.2025 im Sitzungssaal",                                    // 3
            "Beginn: 18:00 Uhr, Ende: 19:30 Uhr",                                // 4
            "Anwesend: Herr Max Muster (Vorsitz), Frau Erika Beispiel",          // 5
            "Entschuldigt fehlten: Frau Nora Abwesend",                         // 6
            "TOP 1 Bericht über das Sommerfest – Frau Beispiel berichtet.",      // 7
            "Beschluss: zur Kenntnis genommen.",                                // 8
            "TOP 1 (nichtöffentlich) Personalangelegenheit Integrationsbüro",   // 9
        ];
        var text = string.Join('\n', lines);
        var extraction = new DocumentExtraction
        {
            Type = "minutes",
            Body = "Integrationsrat",
            Municipality = town,
            SessionNumber = 5,
            Date = "2025-03-12",
            Start = "18:00",
            End = "19:30",
            Location = "Sitzungssaal",
            Chair = "Max Muster",
            Attendees =
            [
                new ExtractedPerson { Name = "Max Muster", Salutation = "Herr", Role = "Vorsitz" },
                new ExtractedPerson { Name = "Erika Beispiel", Salutation = "Frau" },
            ],
            Absent = [new ExtractedPerson { Name = "Nora Abwesend", Salutation = "Frau", Excused = true }],
            Agenda =
            [
                new ExtractedAgendaItem("1", true, "Bericht über das Sommerfest", null),
                new ExtractedAgendaItem("1", false, "Personalangelegenheit Integrationsbüro", null),
            ],
            Decisions = [new ExtractedDecision { AgendaNumber = "1", Outcome = "zur Kenntnis genommen" }],
            Speakers = [new ExtractedSpeakers("1", true, ["Beispiel"])],
            Provenance = new Dictionary<string, LineRange>
            {
                ["date"] = new(2, 3), ["start"] = new(4, 4), ["end"] = new(4, 4), ["session_number"] = new(2, 2), ["location"] = new(3, 3),
                ["attendees[0]"] = new(5, 5), ["attendees[1]"] = new(5, 5), ["absent[0]"] = new(6, 6),
                ["agenda[0]"] = new(7, 7), ["agenda[1]"] = new(9, 9), ["decisions[0]"] = new(8, 8), ["speakers[0]"] = new(7, 7),
            },
        };
        return new ImportDocument(fileName, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", text, extraction);
    }

    public static async Task<ImportResult> ImportAsync(PortalServer server, string town)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ImportDocumentHandler>()
            .HandleAsync(Minutes(town, $"{town.ToLowerInvariant()}-integrationsrat-2025-03-12.txt"), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public static async Task<T> WithDbAsync<T>(PortalServer server, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static async Task<string> UserIdAsync(PortalServer server, string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return user!.Id;
    }

    /// <summary>A client signed in as <paramref name="email"/> that does not follow redirects, so tests see them.</summary>
    public static async Task<HttpClient> SignedInAsync(PortalServer server, string email)
    {
        var cookies = new CookieContainer();
        using (var signIn = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.BaseAddress })
        {
            await PortalServer.SignInAsync(signIn, email, DemoPortal.DemoPassword);
        }

        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
    }

    /// <summary>Fetches <paramref name="page"/> for its antiforgery token and posts the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = Token().Match(html);
        Assert.True(token.Success, $"{page} has no antiforgery token");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex Token();
}
