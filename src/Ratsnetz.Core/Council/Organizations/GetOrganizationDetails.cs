using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.People;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Organizations;

/// <summary>
/// An organization with its members (by faction) and its meetings. Membership is public information. With
/// <see cref="OnDate"/> only the memberships in force that day are listed ("who was member when"); an Integrationsrat's
/// composition is checked for that day, or for today.
/// </summary>
public sealed record GetOrganizationDetails(int OrganizationId, DateOnly? OnDate = null);

public sealed class GetOrganizationDetailsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Result<OrganizationDetails>> HandleAsync(GetOrganizationDetails query, CancellationToken ct)
    {
        var organization = await (
            from o in db.Organizations.AsNoTracking()
            where o.Id == query.OrganizationId && !o.Deleted
            join b in db.Bodies on o.BodyId equals b.Id
            where !b.Deleted
            select new { o.Id, o.Name, o.ShortName, o.Kind, BodyName = b.Name, o.StatutorySeats, o.StartDate, o.EndDate })
            .FirstOrDefaultAsync(ct);
        if (organization is null)
        {
            return new NotFoundError("organization.not_found", $"There is no organization with id {query.OrganizationId}.");
        }

        var onDate = query.OnDate;
        var memberships = await (
            from m in db.Memberships.AsNoTracking()
            where m.OrganizationId == query.OrganizationId && !m.Deleted
            where onDate == null || ((m.StartDate == null || m.StartDate <= onDate) && (m.EndDate == null || m.EndDate >= onDate))
            join p in db.People on m.PersonId equals p.Id
            where !p.Deleted
            select new
            {
                m.Id,
                m.Role,
                m.Function,
                m.VotingRight,
                m.StartDate,
                m.EndDate,
                m.OnBehalfOfId,
                m.DeputyOfId,
                m.Mandate,
                Person = new { p.Id, p.Title, p.GivenName, p.FamilyName },
            }).ToListAsync(ct);
        var factionIds = memberships.Where(m => m.OnBehalfOfId != null).Select(m => m.OnBehalfOfId!.Value).Distinct().ToList();
        var factions = await db.Organizations.AsNoTracking()
            .Where(o => factionIds.Contains(o.Id) && !o.Deleted)
            .Select(o => new OrganizationRef(o.Id, o.Name, o.ShortName))
            .ToDictionaryAsync(o => o.Id, ct);
        var people = memberships.ToDictionary(m => m.Id, m => new PersonRef(m.Person.Id, Person.Compose(m.Person.Title, m.Person.GivenName, m.Person.FamilyName)));

        var members = memberships.Select(m => (
            Faction: m.OnBehalfOfId is { } f ? factions.GetValueOrDefault(f) : null,
            Member: new Member(m.Id, people[m.Id], m.Role, m.Function, m.VotingRight, m.StartDate, m.EndDate,
                m.DeputyOfId is { } seat ? people.GetValueOrDefault(seat) : null, m.Mandate),
            m.Person.FamilyName));
        // Largest group first (as minutes list the lists), "not stated" last; within a group by role, then name.
        var groups = members
            .GroupBy(m => m.Faction)
            .OrderBy(g => g.Key is null)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key?.Name, StringComparer.CurrentCulture)
            .Select(g => new MemberGroup(g.Key, g
                .OrderBy(m => m.Member.EndDate is not null)
                .ThenBy(m => m.Member.Role)
                .ThenBy(m => m.FamilyName, StringComparer.CurrentCulture)
                .ThenBy(m => m.Member.Person.Name, StringComparer.CurrentCulture)
                .Select(m => m.Member)
                .ToList()))
            .ToList();

        var meetings = await MeetingSummary.Query(db)
            .Where(m => m.OrganizationId == query.OrganizationId)
            .OrderBy(m => m.Date == null)
            .ThenByDescending(m => m.Date).ThenByDescending(m => m.StartTime).ThenByDescending(m => m.Id)
            .ToListAsync(ct);

        IntegrationCouncilComposition? composition = null;
        if (organization.Kind == OrganizationKind.IntegrationCouncil)
        {
            var day = onDate ?? MeetingClock.Today(clock);
            composition = IntegrationCouncilComposition.Of(members
                .Where(m => (m.Member.StartDate is null || m.Member.StartDate <= day) && (m.Member.EndDate is null || day <= m.Member.EndDate))
                .Select(m => new CompositionSeat(m.Member.Role, m.Member.VotingRight, m.Member.Mandate, m.Faction)));
        }

        return new OrganizationDetails(organization.Id, organization.Name, organization.ShortName, organization.Kind,
            organization.BodyName, organization.StatutorySeats, organization.StartDate, organization.EndDate, groups, meetings)
        {
            OnDate = onDate,
            Composition = composition,
            CompositionDate = composition is null ? null : onDate ?? MeetingClock.Today(clock),
        };
    }
}
