using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>A body's own Ladungsfrist (days, urgent days); both null return to the default of 7 and 3 days.</summary>
public sealed record SetInvitationPolicy(Viewer Viewer, int OrganizationId, int? Days, int? UrgentDays);

public sealed class SetInvitationPolicyHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(SetInvitationPolicy command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!StaffAccess.IsStaff(command.Viewer))
        {
            return SessionAccess.StaffOnly;
        }

        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == command.OrganizationId && !o.Deleted, ct);
        if (organization is null)
        {
            return new NotFoundError("organization.not_found", $"There is no organization {command.OrganizationId}.");
        }

        if (!StaffAccess.MayManage(command.Viewer, organization.Id))
        {
            return SessionAccess.NotAssigned;
        }

        InvitationPolicy? policy = null;
        if (command.Days is not null || command.UrgentDays is not null)
        {
            var created = InvitationPolicy.Create(command.Days ?? 0, command.UrgentDays ?? 0);
            if (created.IsError)
            {
                return created.Error!;
            }

            policy = created.Value;
        }

        var before = organization.InvitationPolicy;
        organization.SetInvitationPolicy(policy);
        var scope = new AuditScope(command.Viewer.UserId!, $"Organization:{organization.Id}");
        audit.Changed(scope, "Organization", organization.Id, "invitation_days", before.Days, organization.InvitationPolicy.Days);
        audit.Changed(scope, "Organization", organization.Id, "urgent_invitation_days", before.UrgentDays, organization.InvitationPolicy.UrgentDays);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
