using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions.Pages;

/// <summary>The agenda editor (/sitzungen/{id}/tagesordnung): parts, sub-items, order, papers, and the rules after dispatch.</summary>
public sealed class AgendaPageTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Staff_build_both_parts_with_sub_items_and_reorder_them(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var council = await SessionPageKit.KamenCouncilIdAsync(server);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var meetingId = await SessionPageKit.ScheduleAsync(staff, council, "12.03.2027");
        var page = $"/sitzungen/{meetingId}/tagesordnung";

        foreach (var (part, title, parent) in new[] { ("A", "Sommerfest", ""), ("A", "Sprachkurse", ""), ("A", "Kosten", "1"), ("B", "Personalfrage", "") })
        {
            using var added = await SessionPageKit.PostAsync(staff, page, "add", new() { ["part"] = part, ["title"] = title, ["parentNumber"] = parent });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var sprachkurse = await SessionPageKit.ItemIdAsync(server, meetingId, "Sprachkurse");
        using (var moved = await SessionPageKit.PostAsync(staff, page, "move&direction=up", new() { ["item"] = $"{sprachkurse}" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        var numbers = await DemoLookup.WithDbAsync(server, db => db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == meetingId && !i.Deleted).ToDictionaryAsync(i => i.Title, i => (i.IsPublic, i.Number)));
        Assert.Equal((true, "1"), numbers["Sprachkurse"]);
        Assert.Equal((true, "2"), numbers["Sommerfest"]);
        Assert.Equal((true, "2.1"), numbers["Kosten"]);
        Assert.Equal((false, "1"), numbers["Personalfrage"]);

        var html = await staff.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains(">B 1</span> Personalfrage", html, StringComparison.Ordinal);

        // The non-public item never reaches the public meeting page.
        using var anonymous = server.CreateClient();
        var publicPage = await anonymous.GetStringAsync(new Uri($"/sitzungen/{meetingId}", UriKind.Relative));
        Assert.DoesNotContain("Personalfrage", publicPage, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task After_dispatch_changes_need_a_reason_and_additions_must_be_urgent_and_input_is_kept(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var council = await SessionPageKit.KamenCouncilIdAsync(server);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var meetingId = await SessionPageKit.ScheduleAsync(staff, council, "12.03.2027");
        var page = $"/sitzungen/{meetingId}/tagesordnung";
        using (var added = await SessionPageKit.PostAsync(staff, page, "add", new() { ["part"] = "A", ["title"] = "Sommerfest" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var sent = await SessionPageKit.PostAsync(staff, $"/sitzungen/{meetingId}/ladung", "sent", new() { ["sentOn"] = "2027-03-01" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        using var notUrgent = await SessionPageKit.PostAsync(staff, page, "add", new() { ["part"] = "A", ["title"] = "Nachzügler", ["reason"] = "vergessen" });
        Assert.Equal(HttpStatusCode.Conflict, notUrgent.StatusCode);
        var refused = await notUrgent.Content.ReadAsStringAsync();
        Assert.Contains("neue Punkte nur als Dringlichkeitsvorlage", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Nachzügler\"", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"vergessen\"", refused, StringComparison.Ordinal);

        var item = await SessionPageKit.ItemIdAsync(server, meetingId, "Sommerfest");
        using var noReason = await SessionPageKit.PostAsync(staff, page, "edit", new() { ["item"] = $"{item}", ["title"] = "Sommerfest der Kulturen" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var noReasonHtml = await noReason.Content.ReadAsStringAsync();
        Assert.Contains($"href=\"#item{item}-reason\"", noReasonHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Sommerfest der Kulturen\"", noReasonHtml, StringComparison.Ordinal);

        using (var urgent = await SessionPageKit.PostAsync(staff, page, "add", new() { ["part"] = "A", ["title"] = "Nachzügler", ["urgent"] = "true", ["reason"] = "Frist der Förderung" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, urgent.StatusCode);
        }

        using (var edited = await SessionPageKit.PostAsync(staff, page, "edit", new() { ["item"] = $"{item}", ["title"] = "Sommerfest der Kulturen", ["reason"] = "Titel präzisiert" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        var log = await staff.GetStringAsync(new Uri($"/sitzungen/{meetingId}/aenderungen", UriKind.Relative));
        Assert.Contains("Titel präzisiert", log, StringComparison.Ordinal);
        Assert.Contains("Frist der Förderung", log, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_template_is_applied_to_a_meeting_planned_before_it_existed_once(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var council = await SessionPageKit.KamenCouncilIdAsync(server);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var meetingId = await SessionPageKit.ScheduleAsync(staff, council, "12.03.2027");
        using (var template = await SessionPageKit.PostAsync(staff, $"/gremien/{council}/planung", "template", new()
        {
            ["lines"] = "2",
            ["title0"] = "Einwohnerfragestunde", ["part0"] = "A", ["placement0"] = "Opening",
            ["title1"] = "Mitteilungen der Verwaltung", ["part1"] = "A", ["placement1"] = "Closing",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, template.StatusCode);
        }

        var page = $"/sitzungen/{meetingId}/tagesordnung";
        using (var applied = await SessionPageKit.PostAsync(staff, page, "standard", new()))
        {
            Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        }

        var numbers = await DemoLookup.WithDbAsync(server, db => db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == meetingId && !i.Deleted).OrderBy(i => i.Order).Select(i => i.Number + " " + i.Title).ToListAsync());
        Assert.Equal(["1 Einwohnerfragestunde", "2 Mitteilungen der Verwaltung"], numbers);

        using var again = await SessionPageKit.PostAsync(staff, page, "standard", new());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("nur in eine leere Tagesordnung", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
