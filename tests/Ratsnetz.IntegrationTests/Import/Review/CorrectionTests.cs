using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.Review;

/// <summary>Corrections go through the entity rules, are written to the audit log with who, old and new, and show in the history.</summary>
public sealed class CorrectionTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_header_correction_is_audited_with_who_old_and_new(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var import = await ReviewSamples.ImportAsync(server, "Kamen");
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var page = $"/pruefung/{import.ImportId}";

        using var response = await ReviewSamples.PostAsync(client, page, $"{page}?handler=header",
            new() { ["date"] = "2025-03-12", ["start"] = "18:15", ["end"] = "19:30", ["sessionNumber"] = "5", ["location"] = "Sitzungssaal" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var meeting = await ReviewSamples.WithDbAsync(server, db => db.Meetings.SingleAsync(m => m.Id == import.MeetingId));
        Assert.Equal(new TimeOnly(18, 15), meeting.StartTime);
        var entry = Assert.Single(await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.ToListAsync()));
        Assert.Equal((AuditActions.Corrected, "Meeting", import.MeetingId!.Value, "start", "18:00", "18:15"),
            (entry.Action, entry.EntityType, entry.EntityId, entry.Field, entry.OldValue, entry.NewValue));
        Assert.Equal(await ReviewSamples.UserIdAsync(server, ReviewSamples.KamenManagement), entry.UserId);
        Assert.Equal(ReviewAccess.Context(import.ImportId), entry.Context);
        Assert.Equal(server.Clock.GetUtcNow().UtcDateTime, entry.At);

        var history = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("data-testid=\"history-entry\"", history, StringComparison.Ordinal);
        Assert.Contains("18:15", history, StringComparison.Ordinal);
        Assert.Contains("Geschäftsführung Integrationsrat Kamen", history, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Attendance_agenda_and_speaker_corrections_are_each_audited(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var import = await ReviewSamples.ImportAsync(server, "Kamen");
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.Admin);
        var page = $"/pruefung/{import.ImportId}";
        var meeting = await ReviewSamples.WithDbAsync(server, db => db.Meetings.Include(m => m.Attendances).Include(m => m.AgendaItems).ThenInclude(i => i.Contributions)
            .AsNoTracking().SingleAsync(m => m.Id == import.MeetingId));
        var beispiel = await ReviewSamples.WithDbAsync(server, db => db.People.SingleAsync(p => p.FamilyName == "Beispiel"));
        var attendance = meeting.Attendances.Single(a => a.PersonId == beispiel.Id);
        var item = meeting.AgendaItems.Single(i => i.IsPublic);
        var contribution = item.Contributions.Single();

        var corrected = await ReviewSamples.PostAsync(client, page, $"{page}?handler=attendance", new()
        {
            ["attendanceId"] = attendance.Id.ToString(), ["status"] = "Excused", ["role"] = "Member", ["from"] = "", ["until"] = "",
        });
        var retitled = await ReviewSamples.PostAsync(client, page, $"{page}?handler=agendaItem", new()
        {
            ["agendaItemId"] = item.Id.ToString(), ["number"] = "2", ["title"] = "Bericht über das Sommerfest der Kulturen", ["outcome"] = "Adopted",
            ["yes"] = "7", ["no"] = "1", ["abstentions"] = "2", ["biased"] = "",
        });
        var removed = await ReviewSamples.PostAsync(client, page, $"{page}?handler=removeContribution", new()
        {
            ["agendaItemId"] = item.Id.ToString(), ["contributionId"] = contribution.Id.ToString(),
        });

        Assert.All(new[] { corrected, retitled, removed }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var entries = await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(entries, e => e is { EntityType: "Attendance", Field: "status", OldValue: "Present", NewValue: "Excused" });
        Assert.Contains(entries, e => e is { EntityType: "AgendaItem", Field: "number", OldValue: "1", NewValue: "2" });
        Assert.Contains(entries, e => e is { EntityType: "AgendaItem", Field: "title", NewValue: "Bericht über das Sommerfest der Kulturen" });
        Assert.Contains(entries, e => e is { EntityType: "AgendaItem", Field: "outcome", OldValue: "Noted", NewValue: "Adopted" });
        Assert.Contains(entries, e => e is { EntityType: "AgendaItem", Field: "votes.yes", OldValue: null, NewValue: "7" });
        Assert.Contains(entries, e => e.EntityType == "Contribution" && e.Action == AuditActions.Removed && e.OldValue!.Contains("Beispiel", StringComparison.Ordinal));
        var after = await ReviewSamples.WithDbAsync(server, db => db.Attendances.AsNoTracking().SingleAsync(a => a.Id == attendance.Id));
        Assert.Equal(AttendanceStatus.Excused, after.Status);
        Assert.True(await ReviewSamples.WithDbAsync(server, db => db.Contributions.AnyAsync(c => c.Id == contribution.Id && c.Deleted)));
        foreach (var response in new[] { corrected, retitled, removed })
        {
            response.Dispose();
        }
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_wrongly_extracted_attendance_is_removed_and_leaves_the_meeting_page(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var import = await ReviewSamples.ImportAsync(server, "Kamen");
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var page = $"/pruefung/{import.ImportId}";
        var absent = await ReviewSamples.WithDbAsync(server, db => db.People.SingleAsync(p => p.FamilyName == "Abwesend"));
        var attendance = await ReviewSamples.WithDbAsync(server, db => db.Attendances.SingleAsync(a => a.PersonId == absent.Id));

        using var response = await ReviewSamples.PostAsync(client, page, $"{page}?handler=removeAttendance", new() { ["attendanceId"] = attendance.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = Assert.Single(await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.ToListAsync()));
        Assert.Equal((AuditActions.Removed, "Attendance", attendance.Id), (entry.Action, entry.EntityType, entry.EntityId));
        Assert.Contains("Nora Abwesend", entry.OldValue, StringComparison.Ordinal);
        var meetingPage = await client.GetStringAsync(new Uri($"/sitzungen/{import.MeetingId}", UriKind.Relative));
        Assert.DoesNotContain("Abwesend", meetingPage, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_correction_that_breaks_a_rule_is_shown_with_its_message_and_changes_nothing(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var import = await ReviewSamples.ImportAsync(server, "Kamen");
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var page = $"/pruefung/{import.ImportId}";

        using var response = await ReviewSamples.PostAsync(client, page, $"{page}?handler=header",
            new() { ["date"] = "2025-03-12", ["start"] = "20:00", ["end"] = "19:30", ["sessionNumber"] = "5", ["location"] = "Sitzungssaal" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"review-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"header-end-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"20:00\"", html, StringComparison.Ordinal);
        var meeting = await ReviewSamples.WithDbAsync(server, db => db.Meetings.SingleAsync(m => m.Id == import.MeetingId));
        Assert.Equal(new TimeOnly(18, 0), meeting.StartTime);
        Assert.False(await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.AnyAsync()));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Confirming_marks_the_import_reviewed_and_takes_it_off_the_list(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var import = await ReviewSamples.ImportAsync(server, "Kamen");
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var page = $"/pruefung/{import.ImportId}";

        using var response = await ReviewSamples.PostAsync(client, page, $"{page}?handler=confirm", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reviewed = await ReviewSamples.WithDbAsync(server, db => db.DocumentImports.SingleAsync(i => i.Id == import.ImportId));
        Assert.True(reviewed.IsReviewed);
        Assert.Equal(await ReviewSamples.UserIdAsync(server, ReviewSamples.KamenManagement), reviewed.ReviewedBy);
        var entry = Assert.Single(await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.ToListAsync()));
        Assert.Equal((AuditActions.Confirmed, "DocumentImport", import.ImportId), (entry.Action, entry.EntityType, entry.EntityId));
        var list = await client.GetStringAsync(new Uri("/pruefung", UriKind.Relative));
        Assert.DoesNotContain($"/pruefung/{import.ImportId}\"", list, StringComparison.Ordinal);
        var meetingPage = await client.GetStringAsync(new Uri($"/sitzungen/{import.MeetingId}", UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"not-reviewed\"", meetingPage, StringComparison.Ordinal);
    }
}
