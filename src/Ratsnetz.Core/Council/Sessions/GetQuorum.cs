using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>"Are we quorate?" for a meeting at a local time, on an agenda item when given (its biased members do not count).</summary>
public sealed record GetQuorum(Viewer Viewer, int MeetingId, TimeOnly At, int? AgendaItemId = null);

/// <summary>The numbers the chair announces, for the meeting and moment asked about.</summary>
public sealed record MeetingQuorum(int MeetingId, int? AgendaItemId, TimeOnly At, int StatutoryMembers, int Required, int Counted, int ExcludedForBias, bool IsQuorate);

public sealed class GetQuorumHandler(AppDbContext db)
{
    public async Task<Result<MeetingQuorum>> HandleAsync(GetQuorum query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var target = await ManagedMeeting.LoadAsync(db, query.Viewer, query.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        AgendaItems.AgendaItem? item = null;
        if (query.AgendaItemId is { } itemId)
        {
            var found = target.Value.Item(itemId);
            if (found.IsError)
            {
                return found.Error!;
            }

            item = found.Value;
        }

        var quorum = target.Value.Meeting.QuorumAt(target.Value.StatutorySeats, query.At, item);
        if (quorum.IsError)
        {
            return quorum.Error!;
        }

        var q = quorum.Value;
        return new MeetingQuorum(query.MeetingId, query.AgendaItemId, query.At, q.StatutoryMembers, q.Required, q.Counted, q.ExcludedForBias, q.IsQuorate);
    }
}
