using System.Globalization;
using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Sessions;

namespace Ratsnetz.Council.Meetings;

/// <summary>
/// Planning the agenda (Sitzungsdienst): items are numbered automatically per part ("1", "2"; sub-items "3.1"),
/// ordered public part first, and kept in order when moved. Once the invitation is out every change needs a reason
/// and an addition must be urgent (§ 48 Abs. 1 GO NRW).
/// </summary>
public sealed partial class Meeting
{
    public Result<AgendaItem> PlanAgendaItem(AgendaItemPlan plan, string? reason) => Plan(plan, reason, null);

    /// <summary>Puts the organization's standard items on a new, still empty agenda: opening items first, closing items last.</summary>
    public Result ApplyStandardItems(IEnumerable<StandardAgendaItem> template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (_agendaItems.Any(i => !i.Deleted))
        {
            return new ConflictError("agenda.not_empty", "Standard items are applied to an empty agenda only.");
        }

        foreach (var line in template.Where(t => !t.Deleted).OrderBy(t => t.Placement).ThenBy(t => t.Order))
        {
            var planned = Plan(new AgendaItemPlan(line.IsPublic, line.Title), null, line.Placement);
            if (planned.IsError)
            {
                return planned.Error!;
            }
        }

        return Result.Success;
    }

    private Result<AgendaItem> Plan(AgendaItemPlan plan, string? reason, StandardPlacement? placement)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var allowed = CheckAgendaChange(reason);
        if (allowed.IsError)
        {
            return allowed.Error!;
        }

        if (IsInvitationSent && !plan.Urgent)
        {
            return new ConflictError("agenda.addition_not_urgent", "After the invitation only urgent items can be added.");
        }

        var title = Text.Clean(plan.Title);
        if (title is null)
        {
            return new ValidationError("agenda.title_required", "An agenda item needs a title.", "title");
        }

        var part = PartTree(plan.IsPublic);
        var parentNumber = Text.Clean(plan.ParentNumber);
        var parent = parentNumber is null ? null : part.FirstOrDefault(t => t.Item.Number == parentNumber);
        if (parentNumber is not null && parent is null)
        {
            return new NotFoundError("agenda.parent_not_found", $"There is no item {parentNumber} in this part to add a sub-item to.");
        }

        // One past the highest number in use: after a removal leaves a gap, counting the items would give a taken number.
        var number = parent is null
            ? Next(part.Select(n => n.Item.Number)).ToString(CultureInfo.InvariantCulture)
            : $"{parent.Item.Number}.{Next(parent.Children.Select(c => c.Number?[(parent.Item.Number!.Length + 1)..]))}";
        var item = new AgendaItem(Id, number, 0, plan.IsPublic, title);
        item.LinkPaper(plan.PaperId);
        if (plan.Urgent)
        {
            item.MarkUrgent(Text.Clean(reason) ?? "dringlich");
        }

        if (placement is { } standard)
        {
            item.MarkStandard(standard);
        }

        _agendaItems.Add(item);

        // Before the invitation, new items go before the closing standard items and the numbers follow; after it, the
        // printed numbers stay and an urgent item is appended.
        var closing = IsInvitationSent || placement == StandardPlacement.Closing
            ? -1
            : part.FindIndex(n => n.Item.StandardPlacement == StandardPlacement.Closing);
        if (parent is not null)
        {
            parent.Children.Add(item);
        }
        else if (closing >= 0)
        {
            part.Insert(closing, new AgendaNode(item, []));
        }
        else
        {
            part.Add(new AgendaNode(item, []));
        }

        LayOut(plan.IsPublic ? part : PartTree(true), plan.IsPublic ? PartTree(false) : part, renumber: parent is null && closing >= 0);
        return item;
    }

    /// <summary>Moves an item among its siblings to <paramref name="position"/> (1-based); sub-items move with their item and numbers follow.</summary>
    public Result MoveAgendaItem(AgendaItem item, int position, string? reason)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_agendaItems.Contains(item) || item.Deleted)
        {
            return new NotFoundError("agenda.not_found", "This meeting has no such agenda item.");
        }

        var allowed = CheckAgendaChange(reason);
        if (allowed.IsError)
        {
            return allowed;
        }

        var part = PartTree(item.IsPublic);
        var node = part.FirstOrDefault(n => n.Item == item);
        if (node is not null)
        {
            part.Remove(node);
            part.Insert(Math.Clamp(position, 1, part.Count + 1) - 1, node);
        }
        else
        {
            var siblings = part.First(n => n.Children.Contains(item)).Children;
            siblings.Remove(item);
            siblings.Insert(Math.Clamp(position, 1, siblings.Count + 1) - 1, item);
        }

        LayOut(item.IsPublic ? part : PartTree(true), item.IsPublic ? PartTree(false) : part, renumber: true);
        return Result.Success;
    }

    /// <summary>Changes title and linked paper of a planned item.</summary>
    public Result RevisePlannedItem(AgendaItem item, string title, int? paperId, string? reason)
    {
        ArgumentNullException.ThrowIfNull(item);
        var allowed = CheckAgendaChange(reason);
        var revised = allowed.IsError ? allowed : ReviseAgendaItem(item, item.Number, title);
        if (revised.IsError)
        {
            return revised;
        }

        item.LinkPaper(paperId);
        return Result.Success;
    }

    /// <summary>Removes an item that has no decision and no sub-items; it stays stored as deleted, its number stays free.</summary>
    public Result RemoveAgendaItem(AgendaItem item, string? reason)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_agendaItems.Contains(item) || item.Deleted)
        {
            return new NotFoundError("agenda.not_found", "This meeting has no such agenda item.");
        }

        var allowed = CheckAgendaChange(reason);
        if (allowed.IsError)
        {
            return allowed;
        }

        if (item.Outcome is not null || item.Votes is not null)
        {
            return new ConflictError("agenda.item_decided", "An item with a recorded decision cannot be removed.");
        }

        if (PartTree(item.IsPublic).Any(n => n.Item == item && n.Children.Count > 0))
        {
            return new ConflictError("agenda.has_sub_items", "Remove or move the sub-items first.");
        }

        item.MarkDeleted();
        return Result.Success;
    }

    /// <summary>The live items of one part as top-level items with their sub-items ("3.1" under "3"), in agenda order.</summary>
    private List<AgendaNode> PartTree(bool isPublic)
    {
        var items = _agendaItems.Where(i => !i.Deleted && i.IsPublic == isPublic).OrderBy(i => i.Order).ToList();
        var nodes = new List<AgendaNode>();
        foreach (var item in items)
        {
            var dot = item.Number?.LastIndexOf('.') ?? -1;
            var parent = dot > 0 ? nodes.FirstOrDefault(n => n.Item.Number == item.Number![..dot]) : null;
            if (parent is null)
            {
                nodes.Add(new AgendaNode(item, []));
            }
            else
            {
                parent.Children.Add(item);
            }
        }

        return nodes;
    }

    /// <summary>Gives every item its position (public part first); with <paramref name="renumber"/> also its number.</summary>
    private static void LayOut(List<AgendaNode> publicPart, List<AgendaNode> nonPublicPart, bool renumber)
    {
        var order = 0;
        foreach (var part in new[] { publicPart, nonPublicPart })
        {
            for (var i = 0; i < part.Count; i++)
            {
                var top = part[i];
                var number = renumber ? (i + 1).ToString(CultureInfo.InvariantCulture) : top.Item.Number;
                top.Item.Renumber(number, ++order);
                for (var j = 0; j < top.Children.Count; j++)
                {
                    var child = top.Children[j];
                    child.Renumber(renumber ? $"{number}.{j + 1}" : child.Number, ++order);
                }
            }
        }
    }

    private static int Next(IEnumerable<string?> numbers) =>
        numbers.Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0).DefaultIfEmpty(0).Max() + 1;

    private sealed record AgendaNode(AgendaItem Item, List<AgendaItem> Children);
}

/// <summary>A new agenda item as the form enters it; the number is given automatically, under <see cref="ParentNumber"/> for a sub-item.</summary>
public sealed record AgendaItemPlan(bool IsPublic, string Title, string? ParentNumber = null, int? PaperId = null, bool Urgent = false);
