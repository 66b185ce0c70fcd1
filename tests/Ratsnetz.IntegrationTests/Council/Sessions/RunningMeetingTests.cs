using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions;

/// <summary>The Sitzungsdienst handlers on a real database: each change is stored, keeps the rules, and is audited.</summary>
public sealed class RunningMeetingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Attendance_with_times_departure_and_substitute_is_stored_and_audited(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        await s.RecordTypicalAttendanceAsync();

        var left = await s.RunAsync((db, audit) => new RecordDepartureHandler(db, audit)
            .HandleAsync(new RecordDeparture(s.Staff, s.MeetingId, s.People["Becker"], new TimeOnly(19, 15)), None));
        var corrected = await s.RunAsync((db, audit) => new RecordAttendanceHandler(db, audit)
            .HandleAsync(new RecordAttendance(s.Staff, s.MeetingId, s.People["Brandt"], AttendanceStatus.Present, AttendanceRole.Member, From: new TimeOnly(18, 40)), None));
        var doubleSubstitute = await s.RunAsync((db, audit) => new RecordAttendanceHandler(db, audit)
            .HandleAsync(new RecordAttendance(s.Staff, s.MeetingId, s.People["Becker"], AttendanceStatus.Present, AttendanceRole.DeputyMember, SubstituteForPersonId: s.People["Abwesend"]), None));

        Assert.True(left.IsSuccess && corrected.IsSuccess);
        Assert.Equal("attendance.second_substitute", doubleSubstitute.Error?.Code);
        var attendance = await s.ReadAsync(db => db.Attendances.AsNoTracking().Where(a => a.MeetingId == s.MeetingId).ToDictionaryAsync(a => a.PersonId));
        Assert.Equal(new TimeOnly(19, 15), attendance[s.People["Becker"]].Until);
        Assert.Equal(AttendanceRole.Member, attendance[s.People["Becker"]].Role);
        Assert.Equal(new TimeOnly(18, 40), attendance[s.People["Brandt"]].From);
        Assert.Equal(s.People["Abwesend"], attendance[s.People["Vertreter"]].SubstituteForPersonId);

        var log = (await s.RunAsync((db, _) => new GetMeetingAuditLogHandler(db).HandleAsync(new GetMeetingAuditLog(s.Staff, s.MeetingId), None))).Value;
        Assert.Equal(5, log.Count(l => l is { Action: AuditActions.Added, Field: "attendance" }));
        Assert.Contains(log, l => l is { EntityType: "Attendance", Field: "until", OldValue: null, NewValue: "19:15", UserId: "gf-kamen" });
        Assert.Contains(log, l => l is { EntityType: "Attendance", Field: "from", OldValue: "18:30", NewValue: "18:40" });
        Assert.All(log, l => Assert.Equal(SessionAccess.Context(s.MeetingId), l.Context));
        Assert.All(log, l => Assert.Equal(s.Clock.GetUtcNow().UtcDateTime, l.At));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_live_quorum_counts_substitutes_and_drops_departures_and_biased_members(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        await s.RecordTypicalAttendanceAsync();
        Task<Common.Result<MeetingQuorum>> QuorumAsync(TimeOnly at, int? item = null) =>
            s.RunAsync((db, _) => new GetQuorumHandler(db).HandleAsync(new GetQuorum(s.Staff, s.MeetingId, at, item), None));

        var start = (await QuorumAsync(new TimeOnly(18, 0))).Value;
        var full = (await QuorumAsync(new TimeOnly(18, 30))).Value;
        var declared = await s.RunAsync((db, audit) => new DeclareBiasHandler(db, audit)
            .HandleAsync(new DeclareBias(s.Staff, s.MeetingId, s.PublicItemId, s.People["Muster"], "Vorstand des Vereins"), None));
        var onItem = (await QuorumAsync(new TimeOnly(18, 30), s.PublicItemId)).Value;
        var onOtherItem = (await QuorumAsync(new TimeOnly(18, 30), s.NonPublicItemId)).Value;
        await s.RunAsync((db, audit) => new RecordDepartureHandler(db, audit)
            .HandleAsync(new RecordDeparture(s.Staff, s.MeetingId, s.People["Becker"], new TimeOnly(19, 0)), None));
        var late = (await QuorumAsync(new TimeOnly(19, 0))).Value;

        Assert.Equal((3, 3, true), (start.Counted, start.Required, start.IsQuorate));
        Assert.Equal((4, true), (full.Counted, full.IsQuorate));
        Assert.True(declared.IsSuccess);
        Assert.Equal((3, 1, true), (onItem.Counted, onItem.ExcludedForBias, onItem.IsQuorate));
        Assert.Equal(4, onOtherItem.Counted);
        Assert.Equal((3, true), (late.Counted, late.IsQuorate));
        var bias = await s.ReadAsync(db => db.BiasDeclarations.AsNoTracking().SingleAsync());
        Assert.Equal((s.PublicItemId, s.People["Muster"], "Vorstand des Vereins"), (bias.AgendaItemId, bias.PersonId, bias.Note));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_quorum_follows_the_statutory_seats_the_staff_set(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        await s.RecordTypicalAttendanceAsync();

        var foreign = await s.RunAsync((db, audit) => new SetStatutorySeatsHandler(db, audit)
            .HandleAsync(new SetStatutorySeats(s.OtherStaff, s.OrganizationId, 9), None));
        var set = await s.RunAsync((db, audit) => new SetStatutorySeatsHandler(db, audit)
            .HandleAsync(new SetStatutorySeats(s.Staff, s.OrganizationId, 9), None));
        var quorum = await s.RunAsync((db, _) => new GetQuorumHandler(db).HandleAsync(new GetQuorum(s.Staff, s.MeetingId, new TimeOnly(18, 0)), None));
        var unset = await s.RunAsync((db, audit) => new SetStatutorySeatsHandler(db, audit)
            .HandleAsync(new SetStatutorySeats(s.Staff, s.OrganizationId, null), None));
        var unknown = await s.RunAsync((db, _) => new GetQuorumHandler(db).HandleAsync(new GetQuorum(s.Staff, s.MeetingId, new TimeOnly(18, 0)), None));

        Assert.Equal("session.not_assigned", foreign.Error?.Code);
        Assert.True(set.IsSuccess && unset.IsSuccess);
        Assert.Equal((9, 5, 3, false), (quorum.Value.StatutoryMembers, quorum.Value.Required, quorum.Value.Counted, quorum.Value.IsQuorate));
        Assert.Equal("quorum.no_statutory_members", unknown.Error?.Code);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_roll_call_is_stored_by_name_refuses_the_biased_member_and_keeps_votes_and_outcome_consistent(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        await s.RecordTypicalAttendanceAsync();
        await s.RunAsync((db, audit) => new DeclareBiasHandler(db, audit)
            .HandleAsync(new DeclareBias(s.Staff, s.MeetingId, s.PublicItemId, s.People["Brandt"]), None));
        Task<Common.Result<RecordedVote>> VoteAsync(params RollCallEntry[] ballots) => s.RunAsync((db, audit) => new RecordVoteHandler(db, audit)
            .HandleAsync(new RecordVote(s.Staff, s.MeetingId, s.PublicItemId, new VoteInput(VoteMode.RollCall, null, ballots, new TimeOnly(18, 45), "Der Zuschuss wird gewährt.")), None));

        var biased = await VoteAsync(new RollCallEntry(s.People["Brandt"], Ballot.Yes));
        var recorded = await VoteAsync(
            new RollCallEntry(s.People["Muster"], Ballot.Yes), new RollCallEntry(s.People["Becker"], Ballot.No), new RollCallEntry(s.People["Vertreter"], Ballot.Yes));

        Assert.Equal("vote.biased_voter", biased.Error?.Code);
        Assert.Equal(new RecordedVote(VoteMode.RollCall, new VoteCounts(2, 1, 0, 1), DecisionOutcome.Adopted, null), recorded.Value);
        var item = await s.ReadAsync(db => db.AgendaItems.AsNoTracking().Include(i => i.Ballots).SingleAsync(i => i.Id == s.PublicItemId));
        Assert.Equal((new VoteCounts(2, 1, 0, 1), (DecisionOutcome?)DecisionOutcome.Adopted, "Der Zuschuss wird gewährt."), (item.Votes, item.Outcome, item.ResolutionText));
        Assert.Equal(3, item.Ballots.Count);
        var details = await s.RunAsync((db, _) => new GetMeetingDetailsHandler(db, new Access.NonPublicAccess(db, s.Clock))
            .HandleAsync(new GetMeetingDetails(s.MeetingId, Access.Viewer.Anonymous), None));
        var entry = Assert.Single(details.Value.PublicAgenda);
        Assert.Equal((new VoteCounts(2, 1, 0, 1), (DecisionOutcome?)DecisionOutcome.Adopted), (entry.Content!.Votes, entry.Content.Outcome));
        var entries = await s.ReadAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "AgendaItem" && e.EntityId == s.PublicItemId).ToListAsync());
        Assert.Contains(entries, e => e is { Field: "outcome", OldValue: null, NewValue: "Adopted" });
        Assert.Contains(entries, e => e.Field == $"ballot.{s.People["Becker"]}" && e.NewValue == "No");
        Assert.Contains(entries, e => e is { Field: "bias", Action: AuditActions.Added });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task An_overridden_outcome_needs_a_reason_which_the_item_and_the_audit_log_keep(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        await s.RecordTypicalAttendanceAsync();
        Task<Common.Result<RecordedVote>> VoteAsync(string? reason) => s.RunAsync((db, audit) => new RecordVoteHandler(db, audit)
            .HandleAsync(new RecordVote(s.Staff, s.MeetingId, s.NonPublicItemId, new VoteInput(VoteMode.Secret, new VoteCounts(2, 1, 1, 0), [],
                OutcomeOverride: DecisionOutcome.Rejected, OverrideReason: reason)), None));

        var withoutReason = await VoteAsync(null);
        var withReason = await VoteAsync("Zweidrittelmehrheit nach Geschäftsordnung nicht erreicht");

        Assert.Equal("vote.override_reason_required", withoutReason.Error?.Code);
        Assert.Equal(DecisionOutcome.Rejected, withReason.Value.Outcome);
        var item = await s.ReadAsync(db => db.AgendaItems.AsNoTracking().SingleAsync(i => i.Id == s.NonPublicItemId));
        Assert.Equal(("Zweidrittelmehrheit nach Geschäftsordnung nicht erreicht", (VoteMode?)VoteMode.Secret), (item.OutcomeOverrideReason, item.VoteMode));
        var outcome = await s.ReadAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityId == s.NonPublicItemId && e.Field == "outcome"));
        Assert.Equal(("Rejected", "Zweidrittelmehrheit nach Geschäftsordnung nicht erreicht"), (outcome.NewValue, outcome.Reason));
        Assert.False(await s.ReadAsync(db => db.RollCallBallots.AnyAsync()));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Speakers_are_kept_in_order_with_their_notes_but_a_biased_member_does_not_speak(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        Task<Common.Result> SpeakAsync(string name, string? note) => s.RunAsync((db, audit) => new AddSpeakerHandler(db, audit)
            .HandleAsync(new AddSpeaker(s.Staff, s.MeetingId, s.PublicItemId, s.People[name], note), None));
        await s.RunAsync((db, audit) => new DeclareBiasHandler(db, audit)
            .HandleAsync(new DeclareBias(s.Staff, s.MeetingId, s.PublicItemId, s.People["Brandt"]), None));

        var first = await SpeakAsync("Becker", "stellt den Antrag vor");
        var second = await SpeakAsync("Muster", null);
        var biased = await SpeakAsync("Brandt", "möchte etwas sagen");
        var outsider = await s.RunAsync((db, audit) => new AddSpeakerHandler(db, audit)
            .HandleAsync(new AddSpeaker(s.Staff, s.MeetingId, s.PublicItemId, s.OutsiderId), None));

        Assert.True(first.IsSuccess && second.IsSuccess);
        Assert.Equal("speaker.biased", biased.Error?.Code);
        Assert.Equal("person.not_found", outsider.Error?.Code);
        var speakers = await s.ReadAsync(db => db.Contributions.AsNoTracking().Where(c => c.AgendaItemId == s.PublicItemId).OrderBy(c => c.Order).ToListAsync());
        Assert.Equal([(s.People["Becker"], "stellt den Antrag vor"), (s.People["Muster"], null)], speakers.Select(c => (c.PersonId, c.Note)));
    }
}
