using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;

namespace Ratsnetz.Council.People;

public sealed record GetPersonDetails(int PersonId, Viewer Viewer);

/// <summary>
/// A person's seats over time, their attendance and what they spoke on. Speaking on a non-public item is itself
/// confidential, so contributions are filtered by the viewer's scope like the items they belong to.
/// </summary>
public sealed class GetPersonDetailsHandler(AppDbContext db, NonPublicAccess access)
{
    public async Task<Result<PersonDetails>> HandleAsync(GetPersonDetails query, CancellationToken ct)
    {
        var person = await (
            from p in db.People.AsNoTracking()
            where p.Id == query.PersonId && !p.Deleted
            join b in db.Bodies on p.BodyId equals b.Id
            where !b.Deleted
            select new { p.Id, p.Title, p.GivenName, p.FamilyName, p.Salutation, BodyName = b.Name })
            .FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return new NotFoundError("person.not_found", $"There is no person with id {query.PersonId}.");
        }

        var memberships = await (
            from m in db.Memberships.AsNoTracking()
            where m.PersonId == query.PersonId && !m.Deleted
            join o in db.Organizations on m.OrganizationId equals o.Id
            where !o.Deleted
            orderby m.StartDate descending, o.Name
            select new PersonMembership(
                new OrganizationRef(o.Id, o.Name, o.ShortName),
                m.Role,
                m.Function,
                db.Organizations.Where(f => f.Id == m.OnBehalfOfId && !f.Deleted).Select(f => new OrganizationRef(f.Id, f.Name, f.ShortName)).FirstOrDefault(),
                m.StartDate,
                m.EndDate))
            .ToListAsync(ct);

        var meetings = MeetingSummary.Query(db);
        var attendance = await (
            from a in db.Attendances.AsNoTracking()
            where a.PersonId == query.PersonId && !a.Deleted
            join s in meetings on a.MeetingId equals s.Id
            orderby s.Date descending, s.Id descending
            select new PersonAttendance(s, a.Status, a.Role, a.Function))
            .ToListAsync(ct);

        var scope = await access.ScopeForAsync(query.Viewer, ct);
        var coveredOrganizations = scope.OrganizationIds.ToArray();
        var contributions = await (
            from c in db.Contributions.AsNoTracking()
            where c.PersonId == query.PersonId && !c.Deleted
            join i in db.AgendaItems on c.AgendaItemId equals i.Id
            where !i.Deleted
            join s in meetings on i.MeetingId equals s.Id
            where i.IsPublic || scope.All || coveredOrganizations.Contains(s.OrganizationId)
            orderby s.Date descending, s.Id descending, i.Order, c.Order
            select new PersonContribution(s, i.Id, i.Number, i.IsPublic, i.Title, c.Note))
            .ToListAsync(ct);

        return new PersonDetails(person.Id, Person.Compose(person.Title, person.GivenName, person.FamilyName), person.Salutation,
            person.BodyName, memberships, attendance, contributions);
    }
}
