using Ratsnetz.Common;

namespace Ratsnetz.Council.Sessions;

/// <summary>
/// A member's declaration of bias (Befangenheit, § 31 and § 43 Abs. 2 GO NRW) on one agenda item: the member takes no
/// part in debate or vote, is not counted for the quorum on that item, and the minutes note it. Withdrawn
/// declarations stay stored as deleted, so the record shows that one was made.
/// </summary>
public sealed class BiasDeclaration : Entity
{
    private BiasDeclaration()
    {
    }

    internal BiasDeclaration(int agendaItemId, int personId, string? note)
    {
        AgendaItemId = agendaItemId;
        PersonId = personId;
        Note = note;
    }

    public int AgendaItemId { get; private set; }

    public int PersonId { get; private set; }

    /// <summary>What the minutes say about it, e.g. "verließ den Raum".</summary>
    public string? Note { get; private set; }
}
