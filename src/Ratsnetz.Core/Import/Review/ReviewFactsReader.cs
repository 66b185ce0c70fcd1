using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.People;
using Ratsnetz.Data;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Import.Review;

/// <summary>
/// Reads an imported meeting's facts and attaches to each the lines it came from. Attendance and speakers are
/// recorded in the provenance as people ("attendees[3]", "speakers[1]"), agenda items by item ("agenda[2]").
/// </summary>
internal sealed class ReviewFactsReader(AppDbContext db, IReadOnlyList<FactProvenance> provenance)
{
    public static LineLink? Link(FactProvenance fact) => fact.FirstLine > 0 ? new LineLink(fact.FirstLine, Math.Max(fact.FirstLine, fact.LastLine)) : null;

    public async Task<ReviewMeeting?> ReadMeetingAsync(int meetingId, bool nonPublicVisible, CancellationToken ct)
    {
        var summary = await MeetingSummary.Query(db).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (summary is null)
        {
            return null;
        }

        var header = provenance.Where(p => p.EntityType == "Meeting" && Link(p) is not null)
            .GroupBy(p => p.Field).ToDictionary(g => g.Key, g => Link(g.First())!);
        return new ReviewMeeting(summary.Id, summary.OrganizationName, summary.BodyName, summary.SessionNumber, summary.Date,
            summary.StartTime, summary.EndTime, summary.Location, header, nonPublicVisible,
            await AttendanceAsync(meetingId, ct), await AgendaAsync(meetingId, nonPublicVisible, ct));
    }

    private async Task<List<ReviewAttendance>> AttendanceAsync(int meetingId, CancellationToken ct)
    {
        var rows = await (
            from a in db.Attendances.AsNoTracking()
            where a.MeetingId == meetingId && !a.Deleted
            join p in db.People on a.PersonId equals p.Id
            orderby a.Id
            select new { a.Id, a.Status, a.Role, a.Group, a.From, a.Until, a.FromAgendaNumber, a.UntilAgendaNumber, a.SubstituteForPersonId, Person = new PersonRef(p.Id, Person.Compose(p.Title, p.GivenName, p.FamilyName)) })
            .ToListAsync(ct);
        var substituteIds = rows.Where(r => r.SubstituteForPersonId != null).Select(r => r.SubstituteForPersonId!.Value).ToList();
        var substituted = await db.People.AsNoTracking().Where(p => substituteIds.Contains(p.Id))
            .Select(p => new PersonRef(p.Id, Person.Compose(p.Title, p.GivenName, p.FamilyName))).ToDictionaryAsync(p => p.Id, ct);
        return rows.Select(r =>
        {
            var fact = PersonFact(r.Person.Id, "attendees[", "absent[");
            return new ReviewAttendance(r.Id, r.Person, r.Status, r.Role, r.Group, r.From, r.Until, r.FromAgendaNumber, r.UntilAgendaNumber,
                r.SubstituteForPersonId is { } s ? substituted.GetValueOrDefault(s) : null, fact is null ? null : Link(fact), fact?.Uncertainty);
        }).ToList();
    }

    private async Task<List<ReviewAgendaItem>> AgendaAsync(int meetingId, bool nonPublicVisible, CancellationToken ct)
    {
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId && !i.Deleted).OrderBy(i => i.Order)
            .Select(i => new { i.Id, i.Number, i.IsPublic, i.Title, i.PaperId, i.Outcome, i.Votes })
            .ToListAsync(ct);
        var visibleIds = items.Where(i => i.IsPublic || nonPublicVisible).Select(i => i.Id).ToList();
        var paperIds = items.Where(i => visibleIds.Contains(i.Id) && i.PaperId != null).Select(i => i.PaperId!.Value).ToList();
        var papers = await db.Papers.AsNoTracking().Where(p => paperIds.Contains(p.Id) && !p.Deleted)
            .Select(p => new PaperSummary(p.Id, p.Reference, p.Name, p.PaperType, p.Date)).ToDictionaryAsync(p => p.Id, ct);
        var speakers = (await (
                from c in db.Contributions.AsNoTracking()
                where visibleIds.Contains(c.AgendaItemId) && !c.Deleted
                join p in db.People on c.PersonId equals p.Id
                orderby c.AgendaItemId, c.Order
                select new { c.Id, c.AgendaItemId, Person = new PersonRef(p.Id, Person.Compose(p.Title, p.GivenName, p.FamilyName)) })
                .ToListAsync(ct))
            .ToLookup(c => c.AgendaItemId);

        return items.Select(i =>
        {
            if (!visibleIds.Contains(i.Id))
            {
                return new ReviewAgendaItem(i.Id, i.Number, false, null, null, null, null, null, null, []);
            }

            var source = ItemFact(i.Id, "agenda[");
            var decision = ItemFact(i.Id, "decisions[");
            var near = (source ?? decision)?.FirstLine ?? 0;
            var itemSpeakers = speakers[i.Id].Select(s =>
            {
                var fact = SpeakerFact(s.Person.Id, near);
                return new ReviewSpeaker(s.Id, s.Person, fact is null ? null : Link(fact), fact?.Uncertainty);
            }).ToList();
            return new ReviewAgendaItem(i.Id, i.Number, i.IsPublic, i.Title, i.PaperId is { } paper ? papers.GetValueOrDefault(paper) : null,
                i.Outcome, i.Votes, source is null ? null : Link(source), decision is null ? null : Link(decision), itemSpeakers);
        }).ToList();
    }

    private FactProvenance? PersonFact(int personId, params string[] prefixes) =>
        provenance.FirstOrDefault(p => p.EntityType == "Person" && p.EntityId == personId && !p.Field.Contains('.', StringComparison.Ordinal)
            && prefixes.Any(prefix => p.Field.StartsWith(prefix, StringComparison.Ordinal)));

    private FactProvenance? ItemFact(int itemId, string prefix) =>
        provenance.FirstOrDefault(p => p.EntityType == "AgendaItem" && p.EntityId == itemId && p.Field.StartsWith(prefix, StringComparison.Ordinal));

    // The same person may speak on several items: take the mention closest after the item's own lines.
    private FactProvenance? SpeakerFact(int personId, int itemLine) =>
        provenance.Where(p => p.EntityType == "Person" && p.EntityId == personId && p.Field.StartsWith("speakers[", StringComparison.Ordinal))
            .OrderBy(p => p.FirstLine >= itemLine ? p.FirstLine - itemLine : int.MaxValue - itemLine + p.FirstLine)
            .FirstOrDefault();
}
