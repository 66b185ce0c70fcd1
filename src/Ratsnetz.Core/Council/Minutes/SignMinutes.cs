using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Minutes;

public sealed record SignMinutes(int MeetingId, SignatureRole Role, Viewer Viewer);

/// <summary>
/// Records the signature of the chair or the minute taker, with the time. Only the account linked to the person
/// recorded in that role at the meeting signs (ADR 0012); nobody signs on someone else's behalf.
/// </summary>
public sealed class SignMinutesHandler(AppDbContext db, AuditLog audit, TimeProvider clock, GetMinutesDocumentHandler documents)
{
    public async Task<Result> HandleAsync(SignMinutes command, CancellationToken ct)
    {
        var target = await MinutesTarget.LoadAsync(db, command.MeetingId, command.Viewer, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var roles = await MinutesAccess.SigningRolesAsync(db, command.Viewer, command.MeetingId, ct);
        if (!roles.Contains(command.Role))
        {
            return new ForbiddenError("minutes.not_signer", "Only the person recorded in this role at the meeting signs the minutes.");
        }

        var minutes = target.Value.Minutes;
        var content = minutes.HasAnySignature ? null : await documents.FreezeAsync(command.MeetingId, minutes, ct);
        var signed = minutes.Sign(command.Role, command.Viewer.UserId!, clock.GetUtcNow().UtcDateTime, content);
        if (signed.IsError)
        {
            return signed;
        }

        target.Value.Record(audit, MinutesAudit.Signature, command.Role.ToString(), null, AuditLog.Format(minutes.SignedAt(command.Role)));
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
