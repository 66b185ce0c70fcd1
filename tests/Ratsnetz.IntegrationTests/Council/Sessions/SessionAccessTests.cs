using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions;

/// <summary>Only administrators and the Geschäftsführung of the meeting's organization plan and run it; nobody else changes or reads anything.</summary>
public sealed class SessionAccessTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<DatabaseKind, string> Refusals()
    {
        var data = new TheoryData<DatabaseKind, string>();
        foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
        {
            data.Add(kind, "other-staff");
            data.Add(kind, "member");
            data.Add(kind, "anonymous");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Everyone_but_the_meetings_staff_is_refused_and_nothing_is_written(DatabaseKind kind, string who)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        var (viewer, code) = who switch
        {
            "other-staff" => (s.OtherStaff, "session.not_assigned"),
            "member" => (s.Member, "session.staff_only"),
            _ => (Viewer.Anonymous, "session.staff_only"),
        };

        var results = new List<Common.Error?>
        {
            (await s.RunAsync((db, audit) => new RecordAttendanceHandler(db, audit)
                .HandleAsync(new RecordAttendance(viewer, s.MeetingId, s.People["Muster"], AttendanceStatus.Present, AttendanceRole.Chair), None))).Error,
            (await s.RunAsync((db, audit) => new RecordDepartureHandler(db, audit)
                .HandleAsync(new RecordDeparture(viewer, s.MeetingId, s.People["Muster"], new TimeOnly(19, 0)), None))).Error,
            (await s.RunAsync((db, audit) => new DeclareBiasHandler(db, audit)
                .HandleAsync(new DeclareBias(viewer, s.MeetingId, s.PublicItemId, s.People["Muster"]), None))).Error,
            (await s.RunAsync((db, audit) => new WithdrawBiasHandler(db, audit)
                .HandleAsync(new WithdrawBias(viewer, s.MeetingId, s.PublicItemId, s.People["Muster"]), None))).Error,
            (await s.RunAsync((db, audit) => new AddSpeakerHandler(db, audit)
                .HandleAsync(new AddSpeaker(viewer, s.MeetingId, s.PublicItemId, s.People["Muster"]), None))).Error,
            (await s.RunAsync((db, audit) => new RecordVoteHandler(db, audit)
                .HandleAsync(new RecordVote(viewer, s.MeetingId, s.PublicItemId, new VoteInput(VoteMode.Counts, new VoteCounts(1, 0, 0, 0), [])), None))).Error,
            (await s.RunAsync((db, _) => new GetQuorumHandler(db).HandleAsync(new GetQuorum(viewer, s.MeetingId, new TimeOnly(18, 0)), None))).Error,
            (await s.RunAsync((db, _) => new GetMeetingAuditLogHandler(db).HandleAsync(new GetMeetingAuditLog(viewer, s.MeetingId), None))).Error,
            (await s.RunAsync((db, audit) => new ScheduleMeetingsHandler(db, audit)
                .HandleAsync(new ScheduleMeetings(viewer, s.OrganizationId, [new DateOnly(2027, 1, 14)], null), None))).Error,
            (await s.RunAsync((db, audit) => new AddAgendaItemHandler(db, audit)
                .HandleAsync(new AddAgendaItem(viewer, s.MeetingId, new AgendaItemPlan(true, "Fremder Punkt")), None))).Error,
            (await s.RunAsync((db, audit) => new EditAgendaItemHandler(db, audit)
                .HandleAsync(new EditAgendaItem(viewer, s.MeetingId, s.PublicItemId, "Anderer Titel", null), None))).Error,
            (await s.RunAsync((db, audit) => new MoveAgendaItemHandler(db, audit)
                .HandleAsync(new MoveAgendaItem(viewer, s.MeetingId, s.PublicItemId, 2), None))).Error,
            (await s.RunAsync((db, audit) => new RemoveAgendaItemHandler(db, audit)
                .HandleAsync(new RemoveAgendaItem(viewer, s.MeetingId, s.PublicItemId), None))).Error,
            (await s.RunAsync((db, audit) => new RecordInvitationDispatchHandler(db, audit)
                .HandleAsync(new RecordInvitationDispatch(viewer, s.MeetingId, new DateOnly(2026, 12, 1)), None))).Error,
            (await s.RunAsync((db, audit) => new SetMeetingUrgencyHandler(db, audit)
                .HandleAsync(new SetMeetingUrgency(viewer, s.MeetingId, "eilig"), None))).Error,
            (await s.RunAsync((db, audit) => new SetInvitationPolicyHandler(db, audit)
                .HandleAsync(new SetInvitationPolicy(viewer, s.OrganizationId, 5, 2), None))).Error,
            (await s.RunAsync((db, audit) => new SetStatutorySeatsHandler(db, audit)
                .HandleAsync(new SetStatutorySeats(viewer, s.OrganizationId, 9), None))).Error,
            (await s.RunAsync((db, audit) => new SetStandardAgendaItemsHandler(db, audit)
                .HandleAsync(new SetStandardAgendaItems(viewer, s.OrganizationId, [new("Fremd", true, StandardPlacement.Opening)]), None))).Error,
            (await s.RunAsync((db, _) => new GetStandardAgendaItemsHandler(db).HandleAsync(new GetStandardAgendaItems(viewer, s.OrganizationId), None))).Error,
            (await s.RunAsync((db, _) => new GetInvitationStatusHandler(db).HandleAsync(new GetInvitationStatus(viewer, s.MeetingId), None))).Error,
        };

        Assert.All(results, error => Assert.Equal(code, error?.Code));
        Assert.False(await s.ReadAsync(db => db.AuditEntries.AnyAsync()));
        Assert.False(await s.ReadAsync(db => db.Attendances.AnyAsync()));
        Assert.False(await s.ReadAsync(db => db.AgendaItems.AnyAsync(i => i.Outcome != null || i.Title == "Anderer Titel" || i.Deleted)));
        Assert.Equal(2, await s.ReadAsync(db => db.AgendaItems.CountAsync()));
        Assert.Single(await s.ReadAsync(db => db.Meetings.Where(m => m.InvitationSentOn == null && m.UrgencyReason == null).ToListAsync()));
        Assert.False(await s.ReadAsync(db => db.StandardAgendaItems.AnyAsync()));
        var organization = await s.ReadAsync(db => db.Organizations.SingleAsync(o => o.Id == s.OrganizationId));
        Assert.Equal((5, (int?)null), (organization.StatutorySeats!.Value, organization.InvitationDays));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task An_administrator_runs_any_meeting_and_an_unknown_meeting_is_not_found(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);

        var recorded = await s.RunAsync((db, audit) => new RecordAttendanceHandler(db, audit)
            .HandleAsync(new RecordAttendance(s.Admin, s.MeetingId, s.People["Muster"], AttendanceStatus.Present, AttendanceRole.Chair), None));
        var unknown = await s.RunAsync((db, _) => new GetQuorumHandler(db).HandleAsync(new GetQuorum(s.Staff, s.MeetingId + 1000, new TimeOnly(18, 0)), None));
        var unknownItem = await s.RunAsync((db, audit) => new DeclareBiasHandler(db, audit)
            .HandleAsync(new DeclareBias(s.Staff, s.MeetingId, s.PublicItemId + 1000, s.People["Muster"]), None));

        Assert.True(recorded.IsSuccess);
        Assert.Equal("session.meeting_not_found", unknown.Error?.Code);
        Assert.Equal("agenda.not_found", unknownItem.Error?.Code);
        var entry = await s.ReadAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal(("admin", "Meeting", s.MeetingId), (entry.UserId, entry.EntityType, entry.EntityId));
    }
}
