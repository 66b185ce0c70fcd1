using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.Minutes;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions.Pages;

/// <summary>Only the Geschäftsführung of the body (and administrators) reach the Sitzungsdienst pages and see links to them.</summary>
public sealed class AccessTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Anonymous_visitors_sign_in_members_and_other_bodies_staff_are_refused(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        await MinutesTestKit.AddAccountsAsync(server);
        var council = await SessionPageKit.KamenCouncilIdAsync(server);
        var meetingId = await MinutesTestKit.KamenMeetingIdAsync(server);
        string[] pages =
        [
            $"/gremien/{council}/planung", $"/sitzungen/{meetingId}/tagesordnung", $"/sitzungen/{meetingId}/ladung",
            $"/sitzungen/{meetingId}/sitzungsdienst", $"/sitzungen/{meetingId}/aenderungen",
        ];
        using var anonymous = server.CreateClient(followRedirects: false);
        using var member = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);
        using var otherStaff = await ReviewSamples.SignedInAsync(server, MinutesTestKit.BergkamenManagementEmail);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        foreach (var page in pages)
        {
            var uri = new Uri(page, UriKind.Relative);
            using var a = await anonymous.GetAsync(uri);
            Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
            Assert.Contains("/anmelden", a.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var m = await member.GetAsync(uri);
            Assert.Equal(HttpStatusCode.Forbidden, m.StatusCode);
            using var o = await otherStaff.GetAsync(uri);
            Assert.Equal(HttpStatusCode.Forbidden, o.StatusCode);
            using var s = await staff.GetAsync(uri);
            Assert.Equal(HttpStatusCode.OK, s.StatusCode);
        }

        // Another body's staff cannot fetch the form, so they post with the token of a page they may see (the
        // sign-out form on the start page): the change is refused all the same.
        using var refused = await ReviewSamples.PostAsync(otherStaff, "/", $"/sitzungen/{meetingId}/tagesordnung?handler=add", new() { ["part"] = "A", ["title"] = "Probe" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, await DemoLookup.WithDbAsync(server, db => db.AgendaItems.CountAsync(i => i.Title == "Probe")));

        var meetingPage = new Uri($"/sitzungen/{meetingId}", UriKind.Relative);
        Assert.Contains("data-testid=\"staff-links\"", await staff.GetStringAsync(meetingPage), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"staff-links\"", await member.GetStringAsync(meetingPage), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"staff-links\"", await otherStaff.GetStringAsync(meetingPage), StringComparison.Ordinal);
        Assert.Contains($"/gremien/{council}/planung", await staff.GetStringAsync(new Uri($"/gremien/{council}", UriKind.Relative)), StringComparison.Ordinal);
    }
}
