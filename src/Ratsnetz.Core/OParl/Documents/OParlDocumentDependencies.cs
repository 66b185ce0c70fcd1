using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Consultations;
using Ratsnetz.Council.Contributions;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Council.Locations;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.People;
using K = Ratsnetz.OParl.Documents.OParlDocumentKind;

namespace Ratsnetz.OParl.Documents;

/// <summary>
/// Which stored documents a change shows in. This mirrors what the resources in <c>OParl/Resources</c> read: an
/// object's own document, the documents that embed it (a file in its paper, meeting and agenda item; an agenda item
/// in its meeting; a membership in its person), and those whose content depends on it (a meeting's default name on
/// its organization, an agenda item's consultation link on the paper being public). A resource that starts reading
/// something new must add the rule here; <c>ratsnetz oparl render --verify</c> and its tests find a forgotten one.
/// </summary>
internal sealed class OParlDocumentDependencies(DbContext db)
{
    private const int Chunk = 500;

    private readonly HashSet<OParlDocumentKey> _keys = [];
    private readonly HashSet<int> _locations = [];
    private readonly HashSet<int> _organizations = [];
    private readonly HashSet<int> _agendaItems = [];
    private readonly HashSet<int> _papers = [];

    public void Add(object entity)
    {
        switch (entity)
        {
            case Body body:
                Key(K.Body, body.Id);
                break;
            case LegislativeTerm term:
                Key(K.LegislativeTerm, term.Id);
                Key(K.Body, term.BodyId);
                break;
            case Location location:
                Key(K.Location, location.Id);
                _locations.Add(location.Id);
                break;
            case Organization organization:
                Key(K.Organization, organization.Id);
                _organizations.Add(organization.Id);
                break;
            case Person person:
                Key(K.Person, person.Id);
                break;
            case Membership membership:
                Key(K.Membership, membership.Id);
                Key(K.Person, membership.PersonId);
                Key(K.Organization, membership.OrganizationId);
                break;
            case Meeting meeting:
                Key(K.Meeting, meeting.Id);
                break;
            case Attendance attendance:
                Key(K.Meeting, attendance.MeetingId);
                break;
            case AgendaItem item:
                Key(K.Meeting, item.MeetingId);
                _agendaItems.Add(item.Id);
                break;
            case Contribution contribution:
                _agendaItems.Add(contribution.AgendaItemId);
                break;
            case Paper paper:
                Key(K.Paper, paper.Id);
                _papers.Add(paper.Id);
                break;
            case PaperOriginator originator:
                Key(K.Paper, originator.PaperId);
                break;
            case Consultation consultation:
                Key(K.Consultation, consultation.Id);
                Key(K.Paper, consultation.PaperId);
                AgendaItem(consultation.AgendaItemId);
                break;
            case StoredFile file:
                Key(K.File, file.Id);
                Key(K.Paper, file.PaperId);
                Key(K.Meeting, file.MeetingId);
                AgendaItem(file.AgendaItemId);
                break;
        }
    }

    /// <summary>A foreign key's value before the change: the object was embedded there and is no longer.</summary>
    public void AddPrevious(Type type, string key, int value)
    {
        switch (key)
        {
            case nameof(LegislativeTerm.BodyId): Key(K.Body, value); break;
            case nameof(Membership.PersonId): Key(K.Person, value); break;
            case nameof(Membership.OrganizationId): Key(K.Organization, value); break;
            case nameof(Attendance.MeetingId): Key(K.Meeting, value); break;
            case nameof(Consultation.PaperId): Key(K.Paper, value); break;
            case nameof(Consultation.AgendaItemId): AgendaItem(value); break;
            default: throw new InvalidOperationException($"No embedding rule for {type.Name}.{key}.");
        }
    }

    public async Task<IReadOnlyCollection<OParlDocumentKey>> ResolveAsync(CancellationToken cancellationToken)
    {
        foreach (var ids in _locations.Chunk(Chunk))
        {
            var organizations = await db.Set<Organization>().Where(o => o.LocationId != null && ids.Contains(o.LocationId.Value)).Select(o => o.Id).ToListAsync(cancellationToken);
            Keys(K.Organization, organizations);
            var meetings = await db.Set<Meeting>().Where(m => m.LocationId != null && ids.Contains(m.LocationId.Value)).Select(m => m.Id).ToListAsync(cancellationToken);
            Keys(K.Meeting, meetings);
        }

        foreach (var ids in _organizations.Chunk(Chunk))
        {
            Keys(K.Meeting, await db.Set<Meeting>().Where(m => ids.Contains(m.OrganizationId)).Select(m => m.Id).ToListAsync(cancellationToken));
        }

        // A paper going public or not changes which of its consultations and files others may embed.
        foreach (var ids in _papers.Chunk(Chunk))
        {
            var consultations = await db.Set<Consultation>().Where(c => ids.Contains(c.PaperId) && c.AgendaItemId != null).Select(c => c.AgendaItemId!.Value).ToListAsync(cancellationToken);
            _agendaItems.UnionWith(consultations);
            var files = await db.Set<StoredFile>().Where(f => f.PaperId != null && ids.Contains(f.PaperId.Value)).Select(f => new { f.MeetingId, f.AgendaItemId }).ToListAsync(cancellationToken);
            Keys(K.Meeting, files.Where(f => f.MeetingId != null).Select(f => f.MeetingId!.Value));
            _agendaItems.UnionWith(files.Where(f => f.AgendaItemId != null).Select(f => f.AgendaItemId!.Value));
        }

        // An agenda item going public or not changes its consultations' link and the files its papers embed.
        foreach (var ids in _agendaItems.ToList().Chunk(Chunk))
        {
            Keys(K.AgendaItem, ids);
            Keys(K.Meeting, await db.Set<AgendaItem>().Where(i => ids.Contains(i.Id)).Select(i => i.MeetingId).ToListAsync(cancellationToken));
            var consultations = await db.Set<Consultation>().Where(c => c.AgendaItemId != null && ids.Contains(c.AgendaItemId.Value)).Select(c => new { c.Id, c.PaperId }).ToListAsync(cancellationToken);
            Keys(K.Consultation, consultations.Select(c => c.Id));
            Keys(K.Paper, consultations.Select(c => c.PaperId));
            Keys(K.Paper, await db.Set<StoredFile>().Where(f => f.AgendaItemId != null && f.PaperId != null && ids.Contains(f.AgendaItemId.Value)).Select(f => f.PaperId!.Value).ToListAsync(cancellationToken));
        }

        return _keys;
    }

    private void AgendaItem(int? id)
    {
        if (id is { } value)
        {
            _agendaItems.Add(value);
        }
    }

    private void Key(K kind, int? id)
    {
        if (id is { } value and > 0)
        {
            _keys.Add(new OParlDocumentKey(kind, value));
        }
    }

    private void Keys(K kind, IEnumerable<int> ids)
    {
        foreach (var id in ids)
        {
            Key(kind, id);
        }
    }
}
