using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Memberships;

/// <summary>Everything the member-records page of one organization needs: its seats (ended ones too), and the people and lists to choose from.</summary>
public sealed record GetMembershipRoster(Viewer Viewer, int OrganizationId);

public sealed record MembershipRoster(
    int OrganizationId,
    string Name,
    OrganizationKind Kind,
    int BodyId,
    IReadOnlyList<RosterLine> Lines,
    IReadOnlyList<PersonRef> People,
    IReadOnlyList<OrganizationRef> Lists);

public sealed record RosterLine(
    int MembershipId,
    PersonRef Person,
    MembershipRole Role,
    bool VotingRight,
    MembershipMandate? Mandate,
    int? OnBehalfOfId,
    int? DeputyOfMembershipId,
    string? Function,
    DateOnly? StartDate,
    DateOnly? EndDate);

public sealed class GetMembershipRosterHandler(AppDbContext db)
{
    public async Task<Result<MembershipRoster>> HandleAsync(GetMembershipRoster query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var target = await ManagedOrganization.LoadAsync(db, query.Viewer, query.OrganizationId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var bodyId = target.Value.BodyId;
        var name = await db.Organizations.Where(o => o.Id == query.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var lines = (await (
                from m in db.Memberships.AsNoTracking()
                where m.OrganizationId == query.OrganizationId && !m.Deleted
                join p in db.People on m.PersonId equals p.Id
                select new { m, p.Title, p.GivenName, p.FamilyName })
                .ToListAsync(ct))
            .OrderBy(x => x.m.EndDate is not null)
            .ThenBy(x => x.m.Role)
            .ThenBy(x => x.FamilyName, StringComparer.CurrentCulture)
            .Select(x => new RosterLine(x.m.Id, new PersonRef(x.m.PersonId, Person.Compose(x.Title, x.GivenName, x.FamilyName)), x.m.Role,
                x.m.VotingRight, x.m.Mandate, x.m.OnBehalfOfId, x.m.DeputyOfId, x.m.Function, x.m.StartDate, x.m.EndDate))
            .ToList();
        var people = (await db.People.AsNoTracking().Where(p => p.BodyId == bodyId && !p.Deleted)
                .Select(p => new { p.Id, p.Title, p.GivenName, p.FamilyName }).ToListAsync(ct))
            .OrderBy(p => p.FamilyName, StringComparer.CurrentCulture).ThenBy(p => p.GivenName, StringComparer.CurrentCulture)
            .Select(p => new PersonRef(p.Id, Person.Compose(p.Title, p.GivenName, p.FamilyName)))
            .ToList();
        var lists = (await db.Organizations.AsNoTracking()
                .Where(o => o.BodyId == bodyId && o.Kind == OrganizationKind.Faction && !o.Deleted)
                .Select(o => new OrganizationRef(o.Id, o.Name, o.ShortName)).ToListAsync(ct))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture)
            .ToList();
        return new MembershipRoster(query.OrganizationId, name, target.Value.Kind, bodyId, lines, people, lists);
    }
}
