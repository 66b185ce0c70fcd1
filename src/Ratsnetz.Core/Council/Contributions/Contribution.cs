using Ratsnetz.Common;

namespace Ratsnetz.Council.Contributions;

/// <summary>That a person spoke on an agenda item (Wortbeitrag), in order. Not part of OParl; published as an extension.</summary>
public sealed class Contribution : Entity
{
    private Contribution()
    {
    }

    internal Contribution(int agendaItemId, int personId, int order, string? note)
    {
        AgendaItemId = agendaItemId;
        PersonId = personId;
        Order = order;
        Note = note;
    }

    public int AgendaItemId { get; private set; }

    public int PersonId { get; private set; }

    public int Order { get; private set; }

    /// <summary>A short note on what was said, in the team's own words.</summary>
    public string? Note { get; private set; }
}
