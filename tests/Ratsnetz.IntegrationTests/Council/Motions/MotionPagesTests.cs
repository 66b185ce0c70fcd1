using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Import.Review;
using Ratsnetz.OParl.Documents;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Motions;

/// <summary>
/// Over HTTP on the demo: Aziz Özkir (chair of the Kamen Integrationsrat) submits a motion, the Geschäftsführung passes a
/// statement to the council; both show on the paper page and in the OParl API, whose stored documents stay current.
/// </summary>
public sealed class MotionPagesTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_motion_and_a_statement_become_papers_on_the_paper_page_and_in_OParl(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var (council, _) = await MemberPagesTests.KamenAsync(server);
        var rat = await ReviewSamples.WithDbAsync(server, db => db.Organizations.Where(o => o.Name == "Rat der Stadt Kamen").Select(o => o.Id).SingleAsync());
        await RenderAsync(server, verify: false);
        var motionPage = $"/gremien/{council}/antrag";
        var statementPage = $"/gremien/{council}/stellungnahme";
        using var member = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var anonymous = server.CreateClient(followRedirects: false);

        using (var response = await anonymous.GetAsync(new Uri(motionPage, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using (var response = await staff.GetAsync(new Uri(motionPage, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using (var response = await member.GetAsync(new Uri(statementPage, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var motion = new Dictionary<string, string>
        {
            ["MeetingId"] = string.Empty,
            ["Motion.Title"] = "Dolmetscherpool für Elterngespräche",
            ["Motion.Request"] = " ",
            ["Motion.Justification"] = "Viele Eltern verstehen die Schulbriefe nicht.",
        };
        using (var refused = await ReviewSamples.PostAsync(member, motionPage, motionPage, new(motion)))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("href=\"#motion-request\"", html, StringComparison.Ordinal);
            Assert.Contains("Viele Eltern verstehen die Schulbriefe nicht.", html, StringComparison.Ordinal);
        }

        motion["Motion.Request"] = "Die Verwaltung richtet einen Dolmetscherpool ein.";
        var motionId = await SubmittedPaperAsync(await ReviewSamples.PostAsync(member, motionPage, motionPage, new(motion)));
        var statement = new Dictionary<string, string>
        {
            ["Kind"] = "Suggestion",
            ["TargetOrganizationId"] = rat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Motion.Title"] = "Mehrsprachige Ratsinformation",
            ["Motion.Request"] = "Der Rat möge beschließen, Ratsinformationen auch in leichter Sprache anzubieten.",
        };
        var statementId = await SubmittedPaperAsync(await ReviewSamples.PostAsync(staff, statementPage, statementPage, new(statement)));

        var motionHtml = await anonymous.GetStringAsync(new Uri($"/vorlagen/{motionId}", UriKind.Relative));
        var statementHtml = await anonymous.GetStringAsync(new Uri($"/vorlagen/{statementId}", UriKind.Relative));
        Assert.Contains("Die Verwaltung richtet einen Dolmetscherpool ein.", motionHtml, StringComparison.Ordinal);
        Assert.Contains("Aziz Özkir", motionHtml, StringComparison.Ordinal);
        Assert.Contains("Anregung", statementHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"/gremien/{rat}\"", statementHtml, StringComparison.Ordinal);

        var oparl = await anonymous.GetStringAsync(new Uri($"/oparl/v1/papers/{motionId}", UriKind.Relative));
        Assert.Contains("\"paperType\":\"Antrag\"", oparl, StringComparison.Ordinal);
        Assert.Contains("Dolmetscherpool", oparl, StringComparison.Ordinal);
        var verified = await RenderAsync(server, verify: true);
        Assert.Equal(0, verified.Outdated);
    }

    private static async Task<int> SubmittedPaperAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            Assert.StartsWith("/vorlagen/", location, StringComparison.Ordinal);
            return int.Parse(location["/vorlagen/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static async Task<OParlRenderSummary> RenderAsync(PortalServer server, bool verify)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RenderOParlDocumentsHandler>().HandleAsync(verify, progress: null, CancellationToken.None);
    }
}
