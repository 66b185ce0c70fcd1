using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>A member declares bias on an agenda item (§ 31 GO NRW), with an optional note for the minutes.</summary>
public sealed record DeclareBias(Viewer Viewer, int MeetingId, int AgendaItemId, int PersonId, string? Note = null);

/// <summary>A bias declaration recorded in error is withdrawn.</summary>
public sealed record WithdrawBias(Viewer Viewer, int MeetingId, int AgendaItemId, int PersonId);

public sealed class DeclareBiasHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(DeclareBias command, CancellationToken ct)
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

        var declared = item.Value.DeclareBias(command.PersonId, command.Note);
        if (declared.IsError)
        {
            return declared.Error!;
        }

        audit.Record(target.Value.Audit, AuditActions.Added, "AgendaItem", item.Value.Id, "bias", null,
            $"{name} (#{command.PersonId})" + (declared.Value.Note is { } note ? $": {note}" : string.Empty));
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}

public sealed class WithdrawBiasHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(WithdrawBias command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        var item = target.IsError ? target.Error! : target.Value.Item(command.AgendaItemId);
        if (item.IsError)
        {
            return item.Error!;
        }

        var withdrawn = item.Value.WithdrawBias(command.PersonId);
        if (withdrawn.IsError)
        {
            return withdrawn.Error!;
        }

        var name = await target.Value.PersonNameAsync(db, command.PersonId, ct);
        audit.Removed(target.Value.Audit, "AgendaItem", item.Value.Id, $"bias: {name} (#{command.PersonId})");
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
