using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Memberships;

/// <summary>
/// What staff enter for a seat: the person, role and vote, how the seat was filled (Integrationsrat), the list or
/// faction (OParl onBehalfOf), the seat a deputy covers, the office word and the period.
/// </summary>
public sealed record MembershipForm(
    int PersonId,
    MembershipRole Role,
    bool? VotingRight = null,
    MembershipMandate? Mandate = null,
    int? OnBehalfOfId = null,
    int? DeputyOfMembershipId = null,
    string? Function = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null)
{
    /// <summary>Applies the form to a membership of <paramref name="organization"/>; the entity's rules decide.</summary>
    internal async Task<Result> ApplyToAsync(AppDbContext db, ManagedOrganization organization, Membership membership, CancellationToken ct)
    {
        var steps = new[]
        {
            membership.ChangeRole(Role, VotingRight),
            membership.SetMandate(Mandate),
            membership.SetPeriod(StartDate, EndDate),
        };
        if (steps.FirstOrDefault(s => s.IsError) is { IsError: true } failed)
        {
            return failed;
        }

        if (OnBehalfOfId is { } listId && !await db.Organizations.AnyAsync(
                o => o.Id == listId && o.BodyId == organization.BodyId && o.Kind == OrganizationKind.Faction && !o.Deleted, ct))
        {
            return new ValidationError("membership.list_unknown", "The list or faction must be one of this municipality's.", "onBehalfOfId");
        }

        membership.SetOnBehalfOf(OnBehalfOfId);
        membership.SetFunction(Function);
        return await AssignDeputyAsync(db, organization, membership, ct);
    }

    private async Task<Result> AssignDeputyAsync(AppDbContext db, ManagedOrganization organization, Membership membership, CancellationToken ct)
    {
        if (DeputyOfMembershipId is not { } seatId)
        {
            membership.ClearDeputyOf();
            return Result.Success;
        }

        var seat = await db.Memberships.FirstOrDefaultAsync(m => m.Id == seatId && m.OrganizationId == organization.Id && !m.Deleted, ct);
        if (seat is null)
        {
            return new ValidationError("membership.deputy_seat_unknown", "The seat to deputise for must be one of this organization's.", "deputyOfMembershipId");
        }

        return membership.AssignDeputyOf(seat);
    }

    /// <summary>The seat as one line for the audit log (ids, not names: names change, ids stay).</summary>
    internal static string Describe(Membership m) =>
        $"Person #{m.PersonId}: {m.Role}, {(m.VotingRight ? "stimmberechtigt" : "beratend")}"
        + (m.Mandate is { } mandate ? $", {mandate}" : string.Empty)
        + (m.OnBehalfOfId is { } list ? $", für #{list}" : string.Empty)
        + (m.DeputyOfId is { } seat ? $", vertritt Sitz #{seat}" : string.Empty)
        + $", {AuditLog.Format(m.StartDate)}–{AuditLog.Format(m.EndDate)}";
}
