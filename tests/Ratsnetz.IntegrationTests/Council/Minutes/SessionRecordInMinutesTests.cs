using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.People;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Testing;
using SessionBallot = Ratsnetz.Council.AgendaItems.RollCallEntry;

namespace Ratsnetz.Council.Minutes;

/// <summary>What the Sitzungsdienst records during the meeting — bias declarations and roll calls — is in the minutes.</summary>
public sealed class SessionRecordInMinutesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Bias_declarations_and_a_roll_call_appear_under_their_item(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        await s.RecordTypicalAttendanceAsync();
        var declared = await s.RunAsync((db, audit) => new DeclareBiasHandler(db, audit)
            .HandleAsync(new DeclareBias(s.Staff, s.MeetingId, s.PublicItemId, s.People["Brandt"], "Vorstand des Vereins"), None));
        var voted = await s.RunAsync((db, audit) => new RecordVoteHandler(db, audit)
            .HandleAsync(new RecordVote(s.Staff, s.MeetingId, s.PublicItemId, new VoteInput(VoteMode.RollCall, null,
                [new SessionBallot(s.People["Muster"], Ballot.Yes), new SessionBallot(s.People["Becker"], Ballot.No), new SessionBallot(s.People["Vertreter"], Ballot.Yes)],
                new TimeOnly(18, 45), "Der Zuschuss wird gewährt.")), None));
        Assert.True(declared.IsSuccess && voted.IsSuccess);

        var minutes = await s.RunAsync((db, _) => new GetMinutesDocumentHandler(db, new NonPublicAccess(db, s.Clock), new GetMeetingDetailsHandler(db, new NonPublicAccess(db, s.Clock)))
            .HandleAsync(new GetMinutesDocument(s.MeetingId, MinutesVariant.Public, s.Staff), None));
        var names = await s.ReadAsync(db => db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => Person.Compose(p.Title, p.GivenName, p.FamilyName)));

        Assert.True(minutes.IsSuccess, minutes.Error?.Message);
        var item = Assert.Single(minutes.Value.PublicPart);
        Assert.Equal([new BiasDeclaration(names[s.People["Brandt"]], "Vorstand des Vereins")], item.BiasDeclarations);
        Assert.NotNull(item.RollCall);
        Assert.Equal(
            new[] { (names[s.People["Becker"]], "Nein"), (names[s.People["Muster"]], "Ja"), (names[s.People["Vertreter"]], "Ja") }.OrderBy(e => e.Item1, StringComparer.Ordinal),
            item.RollCall.Entries.Select(e => (e.Name, e.Vote)).OrderBy(e => e.Item1, StringComparer.Ordinal));
    }
}
