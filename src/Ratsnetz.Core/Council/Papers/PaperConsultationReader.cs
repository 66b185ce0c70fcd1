using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Papers;

/// <summary>
/// The consultation history of one paper: recorded consultations plus agenda items that name the paper without
/// one, in the order the meetings took place. Steps on agenda items the viewer may not see are dropped.
/// </summary>
internal sealed class PaperConsultationReader(AppDbContext db)
{
    public async Task<List<ConsultationEntry>> ReadAsync(int paperId, NonPublicScope scope, CancellationToken ct)
    {
        var recorded = await db.Consultations.AsNoTracking()
            .Where(c => c.PaperId == paperId && !c.Deleted)
            .OrderBy(c => c.Id)
            .Select(c => new { c.OrganizationId, c.MeetingId, c.AgendaItemId, c.Role, c.Authoritative })
            .ToListAsync(ct);
        var onAgenda = await db.AgendaItems.AsNoTracking()
            .Where(i => i.PaperId == paperId && !i.Deleted)
            .Select(i => new { i.Id, i.MeetingId })
            .ToListAsync(ct);

        var meetingIds = recorded.Where(c => c.MeetingId != null).Select(c => c.MeetingId!.Value).Concat(onAgenda.Select(i => i.MeetingId)).Distinct().ToList();
        var meetings = await MeetingSummary.Query(db).Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var itemIds = recorded.Where(c => c.AgendaItemId != null).Select(c => c.AgendaItemId!.Value).Concat(onAgenda.Select(i => i.Id)).Distinct().ToList();
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => itemIds.Contains(i.Id) && !i.Deleted)
            .Select(i => new { i.Id, i.Number, i.IsPublic })
            .ToDictionaryAsync(i => i.Id, ct);
        var organizationIds = recorded.Where(c => c.OrganizationId != null).Select(c => c.OrganizationId!.Value).ToList();
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => organizationIds.Contains(o.Id) && !o.Deleted)
            .Select(o => new OrganizationRef(o.Id, o.Name, o.ShortName))
            .ToDictionaryAsync(o => o.Id, ct);

        var steps = new List<ConsultationEntry>();
        var recordedItems = new HashSet<int>();
        foreach (var c in recorded)
        {
            var meeting = c.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null;
            // A consultation naming only the meeting still belongs to the item that carries the paper there.
            var itemId = c.AgendaItemId ?? onAgenda.FirstOrDefault(i => i.MeetingId == c.MeetingId && !recordedItems.Contains(i.Id))?.Id;
            var item = itemId is { } i ? items.GetValueOrDefault(i) : null;
            if (itemId is { } known)
            {
                recordedItems.Add(known);
            }

            var organization = c.OrganizationId is { } o ? organizations.GetValueOrDefault(o) : meeting?.Organization;
            steps.Add(new ConsultationEntry(organization, meeting, item?.Id, item?.Number, item?.IsPublic, c.Role, c.Authoritative));
        }

        foreach (var i in onAgenda.Where(i => !recordedItems.Contains(i.Id)))
        {
            if (meetings.GetValueOrDefault(i.MeetingId) is { } meeting && items.GetValueOrDefault(i.Id) is { } item)
            {
                steps.Add(new ConsultationEntry(meeting.Organization, meeting, item.Id, item.Number, item.IsPublic, null, false));
            }
        }

        return steps
            .Where(s => s.AgendaItemIsPublic != false || (s.Meeting is { } m && scope.Covers(m.OrganizationId)))
            .Where(s => s.Organization is not null || s.Meeting is not null)
            .OrderBy(s => s.Meeting?.Date is null)
            .ThenBy(s => s.Meeting?.Date)
            .ThenBy(s => s.Meeting?.StartTime)
            .ToList();
    }
}
