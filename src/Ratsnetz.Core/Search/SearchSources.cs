using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;

namespace Ratsnetz.Search;

/// <summary>
/// Reads council records as <see cref="SearchSource"/>s, one query per kind for a batch of ids. Deleted records, and
/// records hanging on deleted ones, yield nothing, so their documents disappear from the index. Non-public text of a
/// linked record (a non-public paper on a public agenda item) is left out of the document rather than hidden later.
/// </summary>
internal static class SearchSources
{
    public static Task<List<SearchSource>> LoadAsync(AppDbContext db, string kind, IReadOnlyCollection<int> ids, CancellationToken ct) => kind switch
    {
        SearchKind.Meeting => MeetingsAsync(db, ids, ct),
        SearchKind.AgendaItem => AgendaItemsAsync(db, ids, ct),
        SearchKind.Paper => PapersAsync(db, ids, ct),
        SearchKind.File => FilesAsync(db, ids, ct),
        SearchKind.Person => PeopleAsync(db, ids, ct),
        SearchKind.Organization => OrganizationsAsync(db, ids, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown search kind."),
    };

    /// <summary>All ids of a kind in id order, after <paramref name="afterId"/>: the batches of a rebuild.</summary>
    public static IQueryable<int> AllIds(AppDbContext db, string kind) => kind switch
    {
        SearchKind.Meeting => db.Meetings.Where(x => !x.Deleted).Select(x => x.Id),
        SearchKind.AgendaItem => db.AgendaItems.Where(x => !x.Deleted).Select(x => x.Id),
        SearchKind.Paper => db.Papers.Where(x => !x.Deleted).Select(x => x.Id),
        SearchKind.File => db.Files.Where(x => !x.Deleted).Select(x => x.Id),
        SearchKind.Person => db.People.Where(x => !x.Deleted).Select(x => x.Id),
        SearchKind.Organization => db.Organizations.Where(x => !x.Deleted).Select(x => x.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown search kind."),
    };

    public static string DateText(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    private static async Task<List<SearchSource>> MeetingsAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await (
            from m in db.Meetings.AsNoTracking()
            join o in db.Organizations on m.OrganizationId equals o.Id
            where ids.Contains(m.Id) && !m.Deleted && !o.Deleted
            select new { m.Id, m.Name, m.Note, m.Date, m.SessionNumber, Organization = o.Name, o.BodyId }).ToListAsync(ct);
        return rows.Select(r => new SearchSource(SearchKind.Meeting, r.Id, r.BodyId, r.Date, true,
            r.Name ?? $"Sitzung {r.Organization} {DateText(r.Date)}".Trim(), null,
            $"{r.Organization} {DateText(r.Date)}".Trim(), r.Note)).ToList();
    }

    private static async Task<List<SearchSource>> AgendaItemsAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await (
            from i in db.AgendaItems.AsNoTracking()
            join m in db.Meetings on i.MeetingId equals m.Id
            join o in db.Organizations on m.OrganizationId equals o.Id
            from p in db.Papers.Where(p => p.Id == i.PaperId && p.IsPublic && !p.Deleted).DefaultIfEmpty()
            where ids.Contains(i.Id) && !i.Deleted && !m.Deleted
            select new
            {
                i.Id, i.Number, i.Title, i.IsPublic, i.Summary, i.ResolutionText, i.ResultText, m.Date,
                Organization = o.Name, o.BodyId, PaperReference = p == null ? null : p.Reference, PaperName = p == null ? null : p.Name,
            }).ToListAsync(ct);
        return rows.Select(r => new SearchSource(SearchKind.AgendaItem, r.Id, r.BodyId, r.Date, r.IsPublic, r.Title, r.PaperReference,
            $"{r.Organization} {DateText(r.Date)}{(r.Number is null ? string.Empty : $", TOP {r.Number}")}",
            Join(r.PaperName, r.Summary, r.ResolutionText, r.ResultText))).ToList();
    }

    private static async Task<List<SearchSource>> PapersAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await db.Papers.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && !p.Deleted)
            .Select(p => new { p.Id, p.BodyId, p.Date, p.IsPublic, p.Name, p.Reference, p.PaperType, p.Summary })
            .ToListAsync(ct);
        return rows.Select(r => new SearchSource(SearchKind.Paper, r.Id, r.BodyId, r.Date, r.IsPublic, r.Name, r.Reference, r.PaperType, r.Summary))
            .ToList();
    }

    private static async Task<List<SearchSource>> FilesAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await (
            from f in db.Files.AsNoTracking()
            where ids.Contains(f.Id) && !f.Deleted
                && (f.MeetingId == null || db.Meetings.Any(m => m.Id == f.MeetingId && !m.Deleted))
                && (f.AgendaItemId == null || db.AgendaItems.Any(i => i.Id == f.AgendaItemId && !i.Deleted))
                && (f.PaperId == null || db.Papers.Any(p => p.Id == f.PaperId && !p.Deleted))
            let meetingId = f.MeetingId ?? db.AgendaItems.Where(i => i.Id == f.AgendaItemId).Select(i => (int?)i.MeetingId).FirstOrDefault()
            let organizationId = db.Meetings.Where(m => m.Id == meetingId).Select(m => (int?)m.OrganizationId).FirstOrDefault()
            select new
            {
                f.Id, f.Name, f.Text, f.Date, f.IsPublic,
                ItemPublic = f.AgendaItemId == null || db.AgendaItems.Any(i => i.Id == f.AgendaItemId && i.IsPublic),
                PaperPublic = f.PaperId == null || db.Papers.Any(p => p.Id == f.PaperId && p.IsPublic),
                PaperBody = db.Papers.Where(p => p.Id == f.PaperId).Select(p => (int?)p.BodyId).FirstOrDefault(),
                PaperName = db.Papers.Where(p => p.Id == f.PaperId).Select(p => p.Name).FirstOrDefault(),
                PaperReference = db.Papers.Where(p => p.Id == f.PaperId).Select(p => p.Reference).FirstOrDefault(),
                MeetingName = db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Name).FirstOrDefault(),
                MeetingDate = db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Date).FirstOrDefault(),
                OrganizationBody = db.Organizations.Where(o => o.Id == organizationId).Select(o => (int?)o.BodyId).FirstOrDefault(),
            }).ToListAsync(ct);
        return rows.DistinctBy(r => r.Id).Select(r =>
        {
            var isPublic = r.IsPublic && r.ItemPublic && r.PaperPublic;
            var context = r.PaperName is null ? r.MeetingName : $"{r.PaperReference} {r.PaperName}".Trim();
            return new SearchSource(SearchKind.File, r.Id, r.PaperBody ?? r.OrganizationBody, r.Date ?? r.MeetingDate, isPublic, r.Name, null, context, r.Text);
        }).ToList();
    }

    private static async Task<List<SearchSource>> PeopleAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && !p.Deleted)
            .Select(p => new { p.Id, p.BodyId, p.Title, p.GivenName, p.FamilyName })
            .ToListAsync(ct);
        var organizations = await (
            from ms in db.Memberships.AsNoTracking()
            join o in db.Organizations on ms.OrganizationId equals o.Id
            where ids.Contains(ms.PersonId) && !ms.Deleted && !o.Deleted
            select new { ms.PersonId, o.Name }).ToListAsync(ct);
        var byPerson = organizations.ToLookup(o => o.PersonId, o => o.Name);
        return people.Select(p => new SearchSource(SearchKind.Person, p.Id, p.BodyId, null, true,
            Council.People.Person.Compose(p.Title, p.GivenName, p.FamilyName), null,
            string.Join(", ", byPerson[p.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)), null)).ToList();
    }

    private static async Task<List<SearchSource>> OrganizationsAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await db.Organizations.AsNoTracking()
            .Where(o => ids.Contains(o.Id) && !o.Deleted)
            .Select(o => new { o.Id, o.BodyId, o.Name, o.ShortName, o.StartDate })
            .ToListAsync(ct);
        return rows.Select(r => new SearchSource(SearchKind.Organization, r.Id, r.BodyId, null, true, r.Name, null, r.ShortName, null)).ToList();
    }

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
