using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Minutes;

/// <summary>A correction to signed minutes; <paramref name="AuthorName"/> is the name the door shows for the account.</summary>
public sealed record AddMinutesAddendum(int MeetingId, string? Text, string? Reason, bool ConcernsNonPublicPart, string AuthorName, Viewer Viewer);

/// <summary>
/// Adds an addendum to signed minutes. Managers and the signers themselves may add one; the text above stays as
/// signed, and the audit log keeps who added what and why.
/// </summary>
public sealed class AddMinutesAddendumHandler(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(AddMinutesAddendum command, CancellationToken ct)
    {
        var target = await MinutesTarget.LoadAsync(db, command.MeetingId, command.Viewer, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var mayAdd = MinutesAccess.MayManage(command.Viewer, target.Value.OrganizationId)
            || (await MinutesAccess.SigningRolesAsync(db, command.Viewer, command.MeetingId, ct)).Count > 0;
        if (!mayAdd)
        {
            return MinutesAccess.ManagersOnly;
        }

        var author = string.IsNullOrWhiteSpace(command.AuthorName) ? command.Viewer.UserId! : command.AuthorName.Trim();
        var added = target.Value.Minutes.AddAddendum(command.Text, command.Reason, command.ConcernsNonPublicPart,
            command.Viewer.UserId!, author.Length > 200 ? author[..200] : author, clock.GetUtcNow().UtcDateTime);
        if (added.IsError)
        {
            return added.Error!;
        }

        audit.Record(target.Value.Audit with { Reason = added.Value.Reason.Length > 500 ? added.Value.Reason[..500] : added.Value.Reason },
            MinutesAudit.AddendumAdded, MinutesAudit.EntityType, command.MeetingId, "addendum", null, added.Value.Text);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
