namespace Ratsnetz.Council.AgendaItems;

/// <summary>How a vote on an agenda item was taken (§ 50 GO NRW: open by default, roll-call or secret on request).</summary>
public enum VoteMode
{
    /// <summary>Open vote by show of hands; only the counts are recorded.</summary>
    Counts = 1,

    /// <summary>Namentliche Abstimmung: each member's ballot is recorded by name.</summary>
    RollCall = 2,

    /// <summary>Geheime Abstimmung: counts only, never who voted how.</summary>
    Secret = 3,
}
