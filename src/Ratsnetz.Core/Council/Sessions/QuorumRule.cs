using Ratsnetz.Common;
using Ratsnetz.Council.Attendances;

namespace Ratsnetz.Council.Sessions;

/// <summary>Someone in the room at the moment the quorum is asked for.</summary>
public sealed record QuorumParticipant(int PersonId, AttendanceRole Role, int? SubstituteForPersonId);

/// <summary>The answer to "are we quorate now?", with the numbers the chair announces.</summary>
public sealed record QuorumResult(int StatutoryMembers, int Required, int Counted, int ExcludedForBias, bool IsQuorate);

/// <summary>
/// § 49 GO NRW: quorate when more than half of the statutory members take part. Voting members and chair count, a
/// deputy counts only while standing in for an absent member, advisory members, minute takers, staff and guests do
/// not; members who declared bias on the current item are excluded (§ 31), so the same room can be quorate for one
/// item and not for the next.
/// </summary>
public static class QuorumRule
{
    public static Result<QuorumResult> Evaluate(int? statutoryMembers, IEnumerable<QuorumParticipant> present, IReadOnlySet<int> biasedPersonIds)
    {
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(biasedPersonIds);
        if (statutoryMembers is not > 0)
        {
            return new ValidationError("quorum.no_statutory_members", "The body's statutory number of members is not set.", "statutoryMembers");
        }

        var counting = present.Where(CountsForQuorum).Select(p => p.PersonId).Distinct().ToList();
        var excluded = counting.Count(biasedPersonIds.Contains);
        var counted = counting.Count - excluded;
        var required = statutoryMembers.Value / 2 + 1;
        return new QuorumResult(statutoryMembers.Value, required, counted, excluded, counted >= required);
    }

    public static bool CountsForQuorum(QuorumParticipant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return participant.Role switch
        {
            AttendanceRole.Member or AttendanceRole.Chair or AttendanceRole.DeputyChair => true,
            AttendanceRole.DeputyMember => participant.SubstituteForPersonId is not null,
            _ => false,
        };
    }
}
