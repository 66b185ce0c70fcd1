using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions.Pages;

/// <summary>The live meeting page (/sitzungen/{id}/sitzungsdienst): attendance, quorum, bias, votes and speakers over HTTP.</summary>
public sealed class LivePageTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Staff_hold_a_meeting_with_attendance_bias_votes_and_speakers(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var council = await SessionPageKit.KamenCouncilIdAsync(server);
        var members = await SessionPageKit.KamenMemberIdsAsync(server, council);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using (var seats = await SessionPageKit.PostAsync(staff, $"/gremien/{council}/planung", "seats", new() { ["seats"] = "5" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, seats.StatusCode);
        }

        var meetingId = await SessionPageKit.ScheduleAsync(staff, council, "12.03.2027");
        using (var added = await SessionPageKit.PostAsync(staff, $"/sitzungen/{meetingId}/tagesordnung", "add", new() { ["part"] = "A", ["title"] = "Zuschuss" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var item = await SessionPageKit.ItemIdAsync(server, meetingId, "Zuschuss");
        var live = $"/sitzungen/{meetingId}/sitzungsdienst?top={item}";
        var substitute = await DemoLookup.WithDbAsync(server, db => db.People.AsNoTracking()
            .Where(p => p.BodyId == db.Organizations.Single(o => o.Id == council).BodyId && !members.Contains(p.Id)
                && !db.Memberships.Any(m => m.PersonId == p.Id && m.OrganizationId == council))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        (int Person, string Status, string Role, string From, string Until, string SubstituteFor)[] attendance =
        [
            (members[0], "Present", "Chair", "17:00", "", ""),
            (members[1], "Present", "Member", "17:00", "18:30", ""),
            (members[2], "Present", "Member", "17:20", "", ""),
            (members[3], "Excused", "Member", "", "", ""),
            (substitute, "Present", "DeputyMember", "17:00", "", $"{members[3]}"),
        ];
        foreach (var a in attendance)
        {
            using var recorded = await SessionPageKit.PostAsync(staff, live, "attendance", new()
            {
                ["person"] = $"{a.Person}", ["status"] = a.Status, ["role"] = a.Role, ["from"] = a.From, ["until"] = a.Until, ["substituteFor"] = a.SubstituteFor,
            });
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }

        // A departure before the arrival is refused on the person's form, with the typed times kept.
        using (var wrong = await SessionPageKit.PostAsync(staff, live, "attendance", new() { ["person"] = $"{members[2]}", ["status"] = "Present", ["role"] = "Member", ["from"] = "17:20", ["until"] = "17:10" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            var html = await wrong.Content.ReadAsStringAsync();
            Assert.Contains($"href=\"#person{members[2]}-until\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"17:10\"", html, StringComparison.Ordinal);
        }

        using (var bias = await SessionPageKit.PostAsync(staff, live, "bias", new() { ["person"] = $"{members[2]}", ["note"] = "Vorstand des Vereins" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, bias.StatusCode);
        }

        // At 18:00 the chair, two members and the substitute are present; the biased member is not counted: 3 of 5.
        var at = await staff.GetStringAsync(new Uri(live + "&um=18:00", UriKind.Relative));
        Assert.Contains("Beschlussfähig", at, StringComparison.Ordinal);
        Assert.Contains("3 von 5 gesetzlichen Mitgliedern anwesend, nötig sind 3.", at, StringComparison.Ordinal);
        Assert.Contains("1 wegen Befangenheit nicht gezählt.", at, StringComparison.Ordinal);

        using (var speaker = await SessionPageKit.PostAsync(staff, live, "speaker", new() { ["person"] = $"{members[1]}", ["note"] = "fragt nach den Kosten" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, speaker.StatusCode);
        }

        using (var biasedVote = await SessionPageKit.PostAsync(staff, live, "vote", new() { ["mode"] = "RollCall", [$"ballot-{members[2]}"] = "Yes" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, biasedVote.StatusCode);
            Assert.Contains("Wer befangen ist, stimmt nicht mit ab.", await biasedVote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var rollCall = await SessionPageKit.PostAsync(staff, live, "vote", new()
        {
            ["mode"] = "RollCall", [$"ballot-{members[0]}"] = "Yes", [$"ballot-{members[1]}"] = "No", [$"ballot-{substitute}"] = "Yes",
            ["resolution"] = "Der Integrationsrat empfiehlt den Zuschuss.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, rollCall.StatusCode);
        }

        var stored = await DemoLookup.WithDbAsync(server, db => db.AgendaItems.AsNoTracking().Include(i => i.Contributions).SingleAsync(i => i.Id == item));
        Assert.Equal((VoteMode.RollCall, 2, 1, 0, 1, DecisionOutcome.Adopted), (stored.VoteMode!.Value, stored.Votes!.Yes, stored.Votes.No, stored.Votes.Abstentions, stored.Votes.Biased, stored.Outcome!.Value));
        Assert.Equal("Der Integrationsrat empfiehlt den Zuschuss.", stored.ResolutionText);
        Assert.Equal(members[1], Assert.Single(stored.Contributions).PersonId);
        var recordedAttendance = await DemoLookup.WithDbAsync(server, db => db.Attendances.AsNoTracking().Where(a => a.MeetingId == meetingId).ToListAsync());
        Assert.Equal(5, recordedAttendance.Count);
        Assert.Equal(members[3], recordedAttendance.Single(a => a.PersonId == substitute).SubstituteForPersonId);
        Assert.Equal((new TimeOnly(17, 0), new TimeOnly(18, 30)), recordedAttendance.Single(a => a.PersonId == members[1]) is var m1 ? (m1.From!.Value, m1.Until!.Value) : default);

        // Overriding the derived outcome needs a reason; with one it is stored.
        using (var noReason = await SessionPageKit.PostAsync(staff, live, "vote", new() { ["mode"] = "Counts", ["yes"] = "2", ["no"] = "1", ["abstentions"] = "0", ["outcome"] = "Rejected" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("href=\"#vote-overrideReason\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var overridden = await SessionPageKit.PostAsync(staff, live, "vote", new() { ["mode"] = "Counts", ["yes"] = "2", ["no"] = "1", ["abstentions"] = "0", ["outcome"] = "Rejected", ["overrideReason"] = "Zweidrittelmehrheit nötig" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, overridden.StatusCode);
        }

        var page = await staff.GetStringAsync(new Uri(live, UriKind.Relative));
        Assert.Contains("Zweidrittelmehrheit nötig", page, StringComparison.Ordinal);
        var log = await staff.GetStringAsync(new Uri($"/sitzungen/{meetingId}/aenderungen", UriKind.Relative));
        Assert.Contains("Zweidrittelmehrheit nötig", log, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audit-log\"", log, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_invitation_page_records_dispatch_and_flags_a_late_one(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var council = await SessionPageKit.KamenCouncilIdAsync(server);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var meetingId = await SessionPageKit.ScheduleAsync(staff, council, "12.03.2027");
        var page = $"/sitzungen/{meetingId}/ladung";

        using (var unreadable = await SessionPageKit.PostAsync(staff, page, "sent", new() { ["sentOn"] = "März" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
            Assert.Contains("value=\"März\"", await unreadable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var sent = await SessionPageKit.PostAsync(staff, page, "sent", new() { ["sentOn"] = "2027-03-08" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var html = await staff.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("data-testid=\"invitation-late\"", html, StringComparison.Ordinal);
        Assert.Contains("Verspätet: 4 Tage vor der Sitzung versandt.", html, StringComparison.Ordinal);

        // Declared urgent (3 days' notice), the same dispatch is in time.
        using (var urgent = await SessionPageKit.PostAsync(staff, page, "urgency", new() { ["urgent"] = "true", ["urgencyReason"] = "Förderfrist" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, urgent.StatusCode);
        }

        html = await staff.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("data-testid=\"invitation-in-time\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"meeting-invitation\"", await staff.GetStringAsync(new Uri($"/sitzungen/{meetingId}", UriKind.Relative)), StringComparison.Ordinal);
    }
}
