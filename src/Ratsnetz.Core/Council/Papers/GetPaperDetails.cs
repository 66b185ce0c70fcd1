using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Papers;

public sealed record GetPaperDetails(int PaperId, Viewer Viewer);

/// <summary>
/// A paper with its originators, its consultations and its files. A non-public paper is "not found" for viewers
/// without access. Steps on non-public agenda items the viewer may not see are left out: that a paper was
/// discussed there is itself part of the withheld content.
/// </summary>
public sealed class GetPaperDetailsHandler(AppDbContext db, NonPublicAccess access)
{
    public async Task<Result<PaperDetails>> HandleAsync(GetPaperDetails query, CancellationToken ct)
    {
        var scope = await access.ScopeForAsync(query.Viewer, ct);
        var paper = await (
            from p in db.Papers.AsNoTracking()
            where p.Id == query.PaperId && PaperVisibility.VisibleIds(db, scope).Contains(p.Id)
            join b in db.Bodies on p.BodyId equals b.Id
            where !b.Deleted
            select new { p.Id, p.Reference, p.Name, p.PaperType, p.Date, p.IsPublic, p.Summary, p.Request, p.Justification, BodyName = b.Name })
            .FirstOrDefaultAsync(ct);
        if (paper is null)
        {
            return new NotFoundError("paper.not_found", $"There is no paper with id {query.PaperId}.");
        }

        var originators = (await db.PaperOriginators.AsNoTracking()
                .Where(o => o.PaperId == paper.Id)
                .OrderBy(o => o.Id)
                .Select(o => new
                {
                    Person = db.People.Where(p => p.Id == o.PersonId && !p.Deleted).Select(p => new { p.Id, p.Title, p.GivenName, p.FamilyName }).FirstOrDefault(),
                    Organization = db.Organizations.Where(g => g.Id == o.OrganizationId && !g.Deleted).Select(g => new OrganizationRef(g.Id, g.Name, g.ShortName)).FirstOrDefault(),
                    o.Function,
                })
                .ToListAsync(ct))
            .Where(o => o.Person is not null || o.Organization is not null)
            .Select(o => new PaperOriginatorEntry(
                o.Person is { } p ? new PersonRef(p.Id, Person.Compose(p.Title, p.GivenName, p.FamilyName)) : null,
                o.Organization,
                o.Function))
            .ToList();

        var consultations = await new PaperConsultationReader(db).ReadAsync(paper.Id, scope, ct);
        var files = await FileVisibility.Visible(db, scope)
            .Where(f => f.PaperId == paper.Id)
            .OrderBy(f => f.Role).ThenBy(f => f.Id)
            .Select(FileProjections.Summary)
            .ToListAsync(ct);

        return new PaperDetails(paper.Id, paper.Reference, paper.Name, paper.PaperType, paper.Date, paper.IsPublic, paper.Summary,
            paper.BodyName, originators, consultations, files)
        {
            Request = paper.Request,
            Justification = paper.Justification,
        };
    }
}
