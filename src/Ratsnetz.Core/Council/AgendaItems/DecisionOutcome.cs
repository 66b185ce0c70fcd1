namespace Ratsnetz.Council.AgendaItems;

/// <summary>How an agenda item ended, in the words German minutes use (see docs/glossary.md).</summary>
public enum DecisionOutcome
{
    /// <summary>Einstimmig (beschlossen): no votes against.</summary>
    Unanimous = 1,

    /// <summary>Angenommen / mehrheitlich beschlossen.</summary>
    Adopted = 2,

    /// <summary>Abgelehnt.</summary>
    Rejected = 3,

    /// <summary>Zur Kenntnis genommen.</summary>
    Noted = 4,

    /// <summary>Vertagt.</summary>
    Postponed = 5,

    /// <summary>Ungeändert beschlossen.</summary>
    AdoptedUnchanged = 6,

    /// <summary>Geändert beschlossen.</summary>
    AdoptedAmended = 7,

    /// <summary>Zurückgezogen.</summary>
    Withdrawn = 8,
}

public static class DecisionOutcomeExtensions
{
    public static bool IsAdoption(this DecisionOutcome outcome) => outcome is DecisionOutcome.Adopted
        or DecisionOutcome.AdoptedUnchanged or DecisionOutcome.AdoptedAmended or DecisionOutcome.Unanimous;
}
