using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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

namespace Ratsnetz.OParl.Documents;

/// <summary>
/// The council records one <c>SaveChanges</c> touches, taken before the save (so that a moved file still names the
/// paper it left) and resolved after it (so that new records have their ids).
/// </summary>
internal sealed class OParlChangeSet
{
    // The foreign keys whose old value also names a document that changes: the one an object was embedded in.
    private static readonly Dictionary<Type, string[]> EmbeddingKeys = new()
    {
        [typeof(Body)] = [],
        [typeof(LegislativeTerm)] = [nameof(LegislativeTerm.BodyId)],
        [typeof(Location)] = [],
        [typeof(Organization)] = [],
        [typeof(Person)] = [],
        [typeof(Membership)] = [nameof(Membership.PersonId), nameof(Membership.OrganizationId)],
        [typeof(Meeting)] = [],
        [typeof(Attendance)] = [nameof(Attendance.MeetingId)],
        [typeof(AgendaItem)] = [nameof(AgendaItem.MeetingId)],
        [typeof(Contribution)] = [nameof(Contribution.AgendaItemId)],
        [typeof(Paper)] = [],
        [typeof(PaperOriginator)] = [nameof(PaperOriginator.PaperId)],
        [typeof(Consultation)] = [nameof(Consultation.PaperId), nameof(Consultation.AgendaItemId)],
        [typeof(StoredFile)] = [nameof(StoredFile.PaperId), nameof(StoredFile.MeetingId), nameof(StoredFile.AgendaItemId)],
    };

    private readonly List<object> _entities = [];
    private readonly List<(Type Type, string Key, int Value)> _previous = [];

    private OParlChangeSet()
    {
    }

    /// <summary>The pending changes to council records, or null when there are none (nothing to keep current).</summary>
    public static OParlChangeSet? Capture(ChangeTracker tracker)
    {
        OParlChangeSet? set = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || !EmbeddingKeys.TryGetValue(entry.Metadata.ClrType, out var keys))
            {
                continue;
            }

            set ??= new OParlChangeSet();
            set._entities.Add(entry.Entity);
            if (entry.State == EntityState.Added)
            {
                continue;
            }

            foreach (var key in keys)
            {
                if (entry.Property(key).OriginalValue is int value)
                {
                    set._previous.Add((entry.Metadata.ClrType, key, value));
                }
            }
        }

        return set;
    }

    /// <summary>Every stored document that shows one of the changed records, directly or embedded.</summary>
    public async Task<IReadOnlyCollection<OParlDocumentKey>> AffectedAsync(DbContext db, CancellationToken cancellationToken)
    {
        var affected = new OParlDocumentDependencies(db);
        foreach (var entity in _entities)
        {
            affected.Add(entity);
        }

        foreach (var (type, key, value) in _previous)
        {
            affected.AddPrevious(type, key, value);
        }

        return await affected.ResolveAsync(cancellationToken);
    }
}
