using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions.Pages;

/// <summary>Demo facts and form posts the Sitzungsdienst page tests share; records are found by their facts, never by ids.</summary>
internal static class SessionPageKit
{
    public static Task<int> KamenCouncilIdAsync(PortalServer server) =>
        DemoLookup.WithDbAsync(server, async db =>
        {
            var kamen = await db.Bodies.AsNoTracking().Where(b => b.ShortName == "Kamen").Select(b => b.Id).SingleAsync();
            return await db.Organizations.AsNoTracking()
                .Where(o => o.BodyId == kamen && o.Kind == OrganizationKind.IntegrationCouncil).Select(o => o.Id).SingleAsync();
        });

    /// <summary>Members of the Kamen Integrationsrat with a vote, in id order.</summary>
    public static Task<List<int>> KamenMemberIdsAsync(PortalServer server, int organizationId) =>
        DemoLookup.WithDbAsync(server, db => db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId && !m.Deleted && m.VotingRight && m.Role == Memberships.MembershipRole.Member)
            .Select(m => m.PersonId).Distinct().OrderBy(id => id).ToListAsync());

    /// <summary>Schedules one meeting through the planning form and returns its id (from the redirect to its agenda).</summary>
    public static async Task<int> ScheduleAsync(HttpClient client, int organizationId, string date)
    {
        var page = $"/gremien/{organizationId}/planung";
        using var response = await ReviewSamples.PostAsync(client, page, page + "?handler=schedule", new() { ["dates"] = date, ["start"] = "17:00" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.EndsWith("/tagesordnung", location, StringComparison.Ordinal);
        return int.Parse(location.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields) =>
        await ReviewSamples.PostAsync(client, page, $"{page}{(page.Contains('?', StringComparison.Ordinal) ? "&" : "?")}handler={handler}", fields);

    public static async Task<int> ItemIdAsync(PortalServer server, int meetingId, string title) =>
        await DemoLookup.WithDbAsync(server, db => db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == meetingId && i.Title == title && !i.Deleted).Select(i => i.Id).SingleAsync());
}
