using Ratsnetz.Common;

namespace Ratsnetz.Council.Sessions;

/// <summary>
/// One member's ballot in a roll-call vote (namentliche Abstimmung) on an agenda item. A corrected ballot changes in
/// place; a ballot struck from the vote stays stored as deleted.
/// </summary>
public sealed class RollCallBallot : Entity
{
    private RollCallBallot()
    {
    }

    internal RollCallBallot(int agendaItemId, int personId, Ballot ballot)
    {
        AgendaItemId = agendaItemId;
        PersonId = personId;
        Ballot = ballot;
    }

    public int AgendaItemId { get; private set; }

    public int PersonId { get; private set; }

    public Ballot Ballot { get; private set; }

    internal void Change(Ballot ballot) => Ballot = ballot;
}
