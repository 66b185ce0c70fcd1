using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.People;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Meetings;

/// <summary>
/// Reads a meeting's agenda for one viewer. Items the viewer may not see are loaded as id, number and part only:
/// their title, paper, texts, votes, speakers and files never leave the database.
/// </summary>
internal sealed class MeetingAgendaReader(AppDbContext db, NonPublicScope scope)
{
    public async Task<List<AgendaEntry>> ReadAsync(int meetingId, bool nonPublicVisible, CancellationToken ct)
    {
        var items = db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId && !i.Deleted);
        var withheld = nonPublicVisible
            ? []
            : await items.Where(i => !i.IsPublic)
                .Select(i => new { i.Id, i.Number, i.Order })
                .ToListAsync(ct);
        var visible = await items.Where(i => nonPublicVisible || i.IsPublic)
            .Select(i => new
            {
                i.Id,
                i.Number,
                i.Order,
                i.IsPublic,
                i.Title,
                i.PaperId,
                i.Summary,
                i.ResolutionText,
                i.Votes,
                i.Outcome,
            })
            .ToListAsync(ct);

        var itemIds = visible.Select(i => i.Id).ToList();
        var paperIds = visible.Where(i => i.PaperId != null).Select(i => i.PaperId!.Value).ToList();
        var visiblePapers = PaperVisibility.VisibleIds(db, scope);
        var papers = await db.Papers.AsNoTracking()
            .Where(p => paperIds.Contains(p.Id) && visiblePapers.Contains(p.Id))
            .Select(p => new PaperSummary(p.Id, p.Reference, p.Name, p.PaperType, p.Date))
            .ToDictionaryAsync(p => p.Id, ct);
        var speakers = (await (
                from c in db.Contributions.AsNoTracking()
                where itemIds.Contains(c.AgendaItemId) && !c.Deleted
                join p in db.People on c.PersonId equals p.Id
                where !p.Deleted
                orderby c.AgendaItemId, c.Order
                select new { c.AgendaItemId, p.Id, p.Title, p.GivenName, p.FamilyName, c.Note })
                .ToListAsync(ct))
            .ToLookup(c => c.AgendaItemId, c => new Speaker(new PersonRef(c.Id, Person.Compose(c.Title, c.GivenName, c.FamilyName)), c.Note));
        var files = (await FileVisibility.Visible(db, scope)
                .Where(f => f.AgendaItemId != null && itemIds.Contains(f.AgendaItemId.Value))
                .OrderBy(f => f.Role).ThenBy(f => f.Id)
                .Select(FileProjections.Summary)
                .ToListAsync(ct))
            .ToLookup(f => f.AgendaItemId);

        var entries = visible.Select(i => (i.Order, Entry: new AgendaEntry(i.Id, i.Number, i.IsPublic, new AgendaContent(
                i.Title,
                i.PaperId is { } paperId ? papers.GetValueOrDefault(paperId) : null,
                i.Summary,
                i.ResolutionText,
                i.Votes,
                i.Outcome,
                speakers[i.Id].ToList(),
                files[i.Id].ToList()))))
            .Concat(withheld.Select(i => (i.Order, Entry: new AgendaEntry(i.Id, i.Number, false, null))));
        return entries.OrderBy(e => e.Order).Select(e => e.Entry).ToList();
    }
}
