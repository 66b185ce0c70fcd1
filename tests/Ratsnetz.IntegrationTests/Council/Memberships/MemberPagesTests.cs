using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Council.Minutes;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Memberships;

/// <summary>
/// The member pages over HTTP on the demo Kamen Integrationsrat: its Geschäftsführung adds a person and a seat, sees a
/// refused form with its error linked to the field, and ends the seat; members, other towns' staff and anonymous
/// visitors change nothing. The body page shows the composition check and the members on a Stichtag.
/// </summary>
public sealed class MemberPagesTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_bodys_staff_add_and_end_a_seat_and_everyone_else_is_refused(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        await MinutesTestKit.AddAccountsAsync(server);
        var (council, kml) = await KamenAsync(server);
        var page = $"/gremien/{council}/mitglieder";
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var member = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);
        using var otherStaff = await ReviewSamples.SignedInAsync(server, MinutesTestKit.BergkamenManagementEmail);
        using var anonymous = server.CreateClient(followRedirects: false);
        var before = await CountAsync(server);

        using (var response = await anonymous.GetAsync(new Uri(page, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using (var response = await member.GetAsync(new Uri(page, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using (var response = await ReviewSamples.PostAsync(otherStaff, "/hochladen", $"{page}?handler=person", new() { ["familyName"] = "Eindringling" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(before, await CountAsync(server));

        using (var response = await ReviewSamples.PostAsync(staff, page, $"{page}?handler=person", new() { ["familyName"] = "Sarıkaya", ["givenName"] = "Leyla", ["salutation"] = "Frau" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(page, response.Headers.Location?.OriginalString);
        }

        var personId = await ReviewSamples.WithDbAsync(server, db => db.People.Where(p => p.FamilyName == "Sarıkaya").Select(p => p.Id).SingleAsync());
        var seat = new Dictionary<string, string>
        {
            ["Seat.PersonId"] = personId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Seat.Role"] = "Member",
            ["Seat.Vote"] = "auto",
            ["Seat.Mandate"] = "DirectlyElected",
            ["Seat.OnBehalfOfId"] = kml.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Seat.StartDate"] = "2026-12-01",
            ["Seat.EndDate"] = "2026-11-01",
        };
        using (var refused = await ReviewSamples.PostAsync(staff, page, $"{page}?handler=seat", new(seat)))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("data-testid=\"members-errors\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"#m-end\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"m-end-error\"", html, StringComparison.Ordinal);
        }

        seat.Remove("Seat.EndDate");
        using (var added = await ReviewSamples.PostAsync(staff, page, $"{page}?handler=seat", new(seat)))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var membershipId = await ReviewSamples.WithDbAsync(server, db => db.Memberships.Where(m => m.PersonId == personId).Select(m => m.Id).SingleAsync());
        var edit = $"{page}/{membershipId}";
        Assert.Contains("Leyla Sarıkaya", await staff.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
        seat["Seat.EndDate"] = "2027-06-30";
        using (var ended = await ReviewSamples.PostAsync(staff, edit, edit, new(seat)))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        var stored = await ReviewSamples.WithDbAsync(server, db => db.Memberships.AsNoTracking().SingleAsync(m => m.Id == membershipId));
        Assert.Equal((MembershipMandate.DirectlyElected, kml, new DateOnly(2027, 6, 30)), (stored.Mandate!.Value, stored.OnBehalfOfId!.Value, stored.EndDate!.Value));
        Assert.Equal(3, await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.CountAsync(e => e.Context == MemberAccess.Context(council))));

        // Staff read the history of these records; it offers nothing to change.
        var history = await staff.GetStringAsync(new Uri(page, UriKind.Relative));
        var table = history[history.IndexOf("data-testid=\"member-history\"", StringComparison.Ordinal)..];
        Assert.Contains("2027-06-30", table, StringComparison.Ordinal);
        Assert.Contains("Geschäftsführung", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", table, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_body_page_checks_the_composition_and_lists_members_on_a_Stichtag(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var (council, _) = await KamenAsync(server);
        using var anonymous = server.CreateClient(followRedirects: false);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var member = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);

        // The demo records 6 KML seats as directly elected and 6 council members as appointed; 4 seats say nothing.
        var publicPage = await anonymous.GetStringAsync(new Uri($"/gremien/{council}", UriKind.Relative));
        Assert.Contains("data-testid=\"composition-warning\"", publicPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"directly-elected\">6 (KML: 6)", publicPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"mandate-unstated\">4", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/gremien/{council}/mitglieder", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/gremien/{council}/antrag", publicPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/gremien/{council}/mitglieder\"", await staff.GetStringAsync(new Uri($"/gremien/{council}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains($"href=\"/gremien/{council}/antrag\"", await member.GetStringAsync(new Uri($"/gremien/{council}", UriKind.Relative)), StringComparison.Ordinal);

        await ReviewSamples.WithDbAsync(server, async db =>
        {
            var kuru = await db.Memberships.SingleAsync(m => m.OrganizationId == council && db.People.Any(p => p.Id == m.PersonId && p.FamilyName == "Kuru"));
            kuru.SetPeriod(new DateOnly(2020, 11, 1), new DateOnly(2022, 12, 31)).ThrowIfError();
            return await db.SaveChangesAsync();
        });
        var onDay = await anonymous.GetStringAsync(new Uri($"/gremien/{council}?stichtag=2021-11-04", UriKind.Relative));
        var later = await anonymous.GetStringAsync(new Uri($"/gremien/{council}?stichtag=2023-01-01", UriKind.Relative));
        var invalid = await anonymous.GetStringAsync(new Uri($"/gremien/{council}?stichtag=4.11.2021", UriKind.Relative));
        Assert.Contains("data-testid=\"members-on-date\"", onDay, StringComparison.Ordinal);
        Assert.Contains("Kuru", onDay, StringComparison.Ordinal);
        Assert.DoesNotContain("Kuru", later, StringComparison.Ordinal);
        Assert.Contains("id=\"stichtag-error\"", invalid, StringComparison.Ordinal);
        Assert.Contains("Kuru", invalid, StringComparison.Ordinal);
    }

    internal static Task<(int Council, int Kml)> KamenAsync(PortalServer server) => ReviewSamples.WithDbAsync(server, async db =>
    {
        var kamen = await db.Bodies.AsNoTracking().SingleAsync(b => b.ShortName == "Kamen");
        var council = await db.Organizations.AsNoTracking().SingleAsync(o => o.BodyId == kamen.Id && o.Kind == OrganizationKind.IntegrationCouncil);
        var kml = await db.Organizations.AsNoTracking().SingleAsync(o => o.BodyId == kamen.Id && o.ShortName == "KML");
        return (council.Id, kml.Id);
    });

    private static Task<(int, int, int)> CountAsync(PortalServer server) => ReviewSamples.WithDbAsync(server, async db =>
        (await db.People.CountAsync(), await db.Memberships.CountAsync(), await db.AuditEntries.CountAsync()));
}
