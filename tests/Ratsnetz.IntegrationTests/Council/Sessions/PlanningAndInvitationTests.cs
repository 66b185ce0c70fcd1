using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions;

/// <summary>Scheduling, agenda planning and the invitation on a real database, with their audit entries and permissions.</summary>
public sealed class PlanningAndInvitationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_year_plan_creates_the_meetings_in_date_order_and_audits_each(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        DateOnly[] dates = [new(2027, 9, 14), new(2027, 3, 9), new(2027, 6, 15)];

        var planned = await s.RunAsync((db, audit) => new ScheduleMeetingsHandler(db, audit)
            .HandleAsync(new ScheduleMeetings(s.Staff, s.OrganizationId, dates, new TimeOnly(17, 0)), None));
        var foreign = await s.RunAsync((db, audit) => new ScheduleMeetingsHandler(db, audit)
            .HandleAsync(new ScheduleMeetings(s.OtherStaff, s.OrganizationId, dates, new TimeOnly(17, 0)), None));

        var ids = planned.Value;
        Assert.Equal("session.not_assigned", foreign.Error?.Code);
        var meetings = await s.ReadAsync(db => db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(dates.Order(), meetings.Select(m => m.Date!.Value));
        Assert.All(meetings, m => Assert.Equal((MeetingState.Planned, (TimeOnly?)new TimeOnly(17, 0)), (m.State, m.StartTime)));
        var entries = await s.ReadAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.Added && e.EntityType == "Meeting").ToListAsync());
        Assert.Equal(ids.Order(), entries.Select(e => e.EntityId).Order());
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_agenda_is_planned_numbered_moved_and_after_dispatch_changed_only_with_a_reason(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        Task<Common.Result<int>> AddAsync(AgendaItemPlan plan, string? reason = null) =>
            s.RunAsync((db, audit) => new AddAgendaItemHandler(db, audit).HandleAsync(new AddAgendaItem(s.Staff, s.MeetingId, plan, reason), None));

        var second = (await AddAsync(new AgendaItemPlan(true, "Mitteilungen der Verwaltung"))).Value;
        var sub = (await AddAsync(new AgendaItemPlan(true, "Bericht der Arbeitsgruppe", ParentNumber: "1"))).Value;
        var moved = await s.RunAsync((db, audit) => new MoveAgendaItemHandler(db, audit)
            .HandleAsync(new MoveAgendaItem(s.Staff, s.MeetingId, second, 1), None));
        var sent = await s.RunAsync((db, audit) => new RecordInvitationDispatchHandler(db, audit)
            .HandleAsync(new RecordInvitationDispatch(s.Staff, s.MeetingId, new DateOnly(2026, 12, 1)), None));
        var lateAddition = await AddAsync(new AgendaItemPlan(true, "Nachgereichter Antrag"), "vergessen");
        var urgentAddition = await AddAsync(new AgendaItemPlan(true, "Dringlichkeitsantrag Notunterkunft", Urgent: true), "Landesfrist endet am 15.12.");
        var silentEdit = await s.RunAsync((db, audit) => new EditAgendaItemHandler(db, audit)
            .HandleAsync(new EditAgendaItem(s.Staff, s.MeetingId, sub, "Bericht der AG Sprache", null), None));
        var removed = await s.RunAsync((db, audit) => new RemoveAgendaItemHandler(db, audit)
            .HandleAsync(new RemoveAgendaItem(s.Staff, s.MeetingId, sub, "Bericht entfällt, AG hat nicht getagt"), None));

        Assert.True(moved.IsSuccess && removed.IsSuccess);
        Assert.Equal((false, 9), (sent.Value.IsLate, sent.Value.DaysBefore));
        Assert.Equal("agenda.addition_not_urgent", lateAddition.Error?.Code);
        Assert.Equal("agenda.change_reason_required", silentEdit.Error?.Code);
        var items = await s.ReadAsync(db => db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == s.MeetingId && !i.Deleted).OrderBy(i => i.Order).ToListAsync());
        Assert.Equal(
            ["A1 Mitteilungen der Verwaltung", "A2 Zuschuss für das Sommerfest der Kulturen", "A3 Dringlichkeitsantrag Notunterkunft", "B1 Personalangelegenheit Integrationsbüro"],
            items.Select(i => $"{(i.IsPublic ? "A" : "B")}{i.Number} {i.Title}"));
        Assert.Equal("Landesfrist endet am 15.12.", items.Single(i => i.Id == urgentAddition.Value).UrgencyReason);
        var log = (await s.RunAsync((db, _) => new GetMeetingAuditLogHandler(db).HandleAsync(new GetMeetingAuditLog(s.Staff, s.MeetingId), None))).Value;
        Assert.Contains(log, l => l is { EntityType: "AgendaItem", Field: "number", OldValue: "2", NewValue: "1" });
        Assert.Contains(log, l => l is { Action: AuditActions.Added, Field: "agenda_item", Reason: "Landesfrist endet am 15.12." });
        Assert.Contains(log, l => l is { Action: AuditActions.Removed, Reason: "Bericht entfällt, AG hat nicht getagt" } && l.OldValue!.Contains("A 2.1", StringComparison.Ordinal));
        Assert.Contains(log, l => l is { EntityType: "Meeting", Field: "invitation_sent_on", NewValue: "2026-12-01" });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_late_invitation_is_flagged_against_the_bodys_own_Ladungsfrist_and_urgency_shortens_it(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        var policy = await s.RunAsync((db, audit) => new SetInvitationPolicyHandler(db, audit)
            .HandleAsync(new SetInvitationPolicy(s.Staff, s.OrganizationId, 10, 4), None));
        var invalid = await s.RunAsync((db, audit) => new SetInvitationPolicyHandler(db, audit)
            .HandleAsync(new SetInvitationPolicy(s.Staff, s.OrganizationId, 3, 5), None));
        var foreign = await s.RunAsync((db, audit) => new SetInvitationPolicyHandler(db, audit)
            .HandleAsync(new SetInvitationPolicy(s.OtherStaff, s.OrganizationId, 7, 3), None));

        // The meeting is on 10 December: ten days means sent by 30 November; the 1st is one day late.
        var sent = await s.RunAsync((db, audit) => new RecordInvitationDispatchHandler(db, audit)
            .HandleAsync(new RecordInvitationDispatch(s.Staff, s.MeetingId, new DateOnly(2026, 12, 1)), None));
        var page = await s.RunAsync((db, _) => new GetMeetingDetailsHandler(db, new NonPublicAccess(db, s.Clock))
            .HandleAsync(new GetMeetingDetails(s.MeetingId, Viewer.Anonymous), None));
        await s.RunAsync((db, audit) => new SetMeetingUrgencyHandler(db, audit)
            .HandleAsync(new SetMeetingUrgency(s.Staff, s.MeetingId, "Förderfrist des Landes"), None));
        var urgent = await s.RunAsync((db, _) => new GetInvitationStatusHandler(db).HandleAsync(new GetInvitationStatus(s.Staff, s.MeetingId), None));
        var anonymous = await s.RunAsync((db, _) => new GetInvitationStatusHandler(db).HandleAsync(new GetInvitationStatus(Viewer.Anonymous, s.MeetingId), None));

        Assert.True(policy.IsSuccess);
        Assert.Equal("invitation.urgent_longer", invalid.Error?.Code);
        Assert.Equal("session.not_assigned", foreign.Error?.Code);
        Assert.Equal((true, 9, new DateOnly(2026, 11, 30), new InvitationPolicy(10, 4)), (sent.Value.IsLate, sent.Value.DaysBefore!.Value, sent.Value.Latest!.Value, sent.Value.Policy));
        Assert.Equal((false, "Förderfrist des Landes", new DateOnly(2026, 12, 6)), (urgent.Value.IsLate, urgent.Value.UrgencyReason, urgent.Value.Latest!.Value));
        Assert.Equal("session.staff_only", anonymous.Error?.Code);
        Assert.Equal(new MeetingInvitation(new DateOnly(2026, 12, 1), false, true, 9, 10), page.Value.Invitation);
        var meeting = await s.ReadAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == s.MeetingId));
        Assert.Equal((MeetingState.Invited, (DateOnly?)new DateOnly(2026, 12, 1)), (meeting.State, meeting.InvitationSentOn));
        Assert.True(await s.ReadAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "Organization" && e.Field == "invitation_days" && e.OldValue == "7" && e.NewValue == "10")));
    }
}
