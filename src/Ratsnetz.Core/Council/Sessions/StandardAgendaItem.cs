using Ratsnetz.Common;

namespace Ratsnetz.Council.Sessions;

/// <summary>Where a standard item goes on every new agenda of an organization.</summary>
public enum StandardPlacement
{
    /// <summary>At the start of its part, e.g. Einwohnerfragestunde.</summary>
    Opening = 1,

    /// <summary>At the end of its part, e.g. Mitteilungen der Verwaltung; items added later go before it.</summary>
    Closing = 2,
}

/// <summary>
/// One line of an organization's agenda template (standard items from its rules of procedure). Replacing the template
/// keeps the old lines as deleted.
/// </summary>
public sealed class StandardAgendaItem : Entity
{
    private StandardAgendaItem()
    {
        Title = string.Empty;
    }

    private StandardAgendaItem(int organizationId, string title, bool isPublic, StandardPlacement placement, int order)
    {
        OrganizationId = organizationId;
        Title = title;
        IsPublic = isPublic;
        Placement = placement;
        Order = order;
    }

    public int OrganizationId { get; private set; }

    public string Title { get; private set; }

    public bool IsPublic { get; private set; }

    public StandardPlacement Placement { get; private set; }

    /// <summary>Position among the template's lines.</summary>
    public int Order { get; private set; }

    public static Result<StandardAgendaItem> Create(int organizationId, string title, bool isPublic, StandardPlacement placement, int order)
    {
        var clean = Text.Clean(title);
        if (clean is null)
        {
            return new ValidationError("agenda.title_required", "An agenda item needs a title.", "title");
        }

        if (!Enum.IsDefined(placement))
        {
            return new ValidationError("template.placement_unknown", "Unknown placement.", "placement");
        }

        return new StandardAgendaItem(organizationId, clean, isPublic, placement, order);
    }
}
