using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>A speaker on an agenda item, in the order they speak, with a short note in the team's own words.</summary>
public sealed record AddSpeaker(Viewer Viewer, int MeetingId, int AgendaItemId, int PersonId, string? Note = null);

public sealed class AddSpeakerHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(AddSpeaker command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        var item = target.IsError ? target.Error! : target.Value.Item(command.AgendaItemId);
        if (item.IsError)
        {
            return item.Error!;
        }

        var name = await target.Value.PersonNameAsync(db, command.PersonId, ct);
        if (name is null)
        {
            return SessionAccess.PersonNotFound;
        }

        // A biased member takes no part in the debate either (§ 31 Abs. 4 GO NRW).
        if (item.Value.BiasedPersonIds().Contains(command.PersonId))
        {
            return new ConflictError("speaker.biased", "A member who declared bias on this item takes no part in its debate.");
        }

        var contribution = item.Value.AddContribution(command.PersonId, command.Note);
        audit.Record(target.Value.Audit, AuditActions.Added, "AgendaItem", item.Value.Id, "speaker", null,
            $"{name} (#{command.PersonId})" + (contribution.Note is { } note ? $": {note}" : string.Empty));
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
