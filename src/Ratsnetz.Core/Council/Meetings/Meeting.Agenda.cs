using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;

namespace Ratsnetz.Council.Meetings;

public sealed partial class Meeting
{
    /// <summary>
    /// Appends an item to the public or non-public part. Numbers are unique within a part (both parts usually
    /// start at 1), so an item is identified by part and number.
    /// </summary>
    public Result<AgendaItem> AddAgendaItem(string? number, bool isPublic, string title) =>
        AppendAgendaItem(number, isPublic, title, whileCancelled: false);

    /// <summary>
    /// Records an item of an agenda that was published before the meeting was called off, as another council system
    /// reports it. Planning a cancelled meeting stays forbidden; keeping what its invitation said is not planning.
    /// </summary>
    public Result<AgendaItem> RecordPublishedAgendaItem(string? number, bool isPublic, string title) =>
        AppendAgendaItem(number, isPublic, title, whileCancelled: true);

    private Result<AgendaItem> AppendAgendaItem(string? number, bool isPublic, string title, bool whileCancelled)
    {
        var cleanTitle = Text.Clean(title);
        if (cleanTitle is null)
        {
            return new ValidationError("agenda.title_required", "An agenda item needs a title.", "title");
        }

        var cleanNumber = Text.Clean(number);
        if (cleanNumber is not null && _agendaItems.Any(i => i.IsPublic == isPublic && i.Number == cleanNumber))
        {
            return new ConflictError("agenda.duplicate_number", $"Item {cleanNumber} already exists in this part of the agenda.");
        }

        if (State == MeetingState.Cancelled && !whileCancelled)
        {
            return new ConflictError("agenda.meeting_cancelled", "A cancelled meeting's agenda cannot change.");
        }

        var item = new AgendaItem(Id, cleanNumber, _agendaItems.Count + 1, isPublic, cleanTitle);
        _agendaItems.Add(item);
        return item;
    }

    /// <summary>Corrects an item's number and title; numbers stay unique within the item's part.</summary>
    public Result ReviseAgendaItem(AgendaItem item, string? number, string title)
    {
        if (!_agendaItems.Contains(item) || item.Deleted)
        {
            return new NotFoundError("agenda.not_found", "This meeting has no such agenda item.");
        }

        var cleanTitle = Text.Clean(title);
        if (cleanTitle is null)
        {
            return new ValidationError("agenda.title_required", "An agenda item needs a title.", "title");
        }

        var cleanNumber = Text.Clean(number);
        if (cleanNumber is not null && _agendaItems.Any(i => i != item && !i.Deleted && i.IsPublic == item.IsPublic && i.Number == cleanNumber))
        {
            return new ConflictError("agenda.duplicate_number", $"Item {cleanNumber} already exists in this part of the agenda.");
        }

        if (State == MeetingState.Cancelled)
        {
            return new ConflictError("agenda.meeting_cancelled", "A cancelled meeting's agenda cannot change.");
        }

        item.Revise(cleanNumber, cleanTitle);
        return Result.Success;
    }

    public AgendaItem? FindAgendaItem(bool isPublic, string number) =>
        _agendaItems.FirstOrDefault(i => i.IsPublic == isPublic && i.Number == number);
}
