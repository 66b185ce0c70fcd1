using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Sessions;

/// <summary>The live quorum of a meeting: who is in the room at the moment, and who is biased on the item.</summary>
public sealed class MeetingQuorumTests
{
    private static Meeting MeetingOfFive()
    {
        var meeting = Meeting.Create(1, new DateOnly(2026, 3, 12), new TimeOnly(18, 0)).Value;
        _ = meeting.RecordAttendance(1, AttendanceStatus.Present, AttendanceRole.Chair).Value;
        _ = meeting.RecordAttendance(2, AttendanceStatus.Present, AttendanceRole.Member, new AttendanceDetails(Until: new TimeOnly(19, 0))).Value;
        _ = meeting.RecordAttendance(3, AttendanceStatus.Excused, AttendanceRole.Member).Value;
        _ = meeting.RecordAttendance(4, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: 3)).Value;
        return meeting;
    }

    [Fact]
    public void A_substitute_counts_and_a_departure_can_end_the_quorum()
    {
        var meeting = MeetingOfFive();

        var before = meeting.QuorumAt(5, new TimeOnly(18, 30), null).Value;
        var after = meeting.QuorumAt(5, new TimeOnly(19, 0), null).Value;

        Assert.Equal((3, 3, true), (before.Counted, before.Required, before.IsQuorate));
        Assert.Equal((2, false), (after.Counted, after.IsQuorate));
    }

    [Fact]
    public void A_member_biased_on_the_item_is_not_counted_for_it()
    {
        var meeting = MeetingOfFive();
        var item = meeting.AddAgendaItem("2", true, "Zuschuss an einen Verein").Value;
        _ = item.DeclareBias(1, null).Value;

        var onItem = meeting.QuorumAt(5, new TimeOnly(18, 30), item).Value;
        var withdrawn = item.WithdrawBias(1);
        var afterWithdrawal = meeting.QuorumAt(5, new TimeOnly(18, 30), item).Value;

        Assert.Equal((2, 1, false), (onItem.Counted, onItem.ExcludedForBias, onItem.IsQuorate));
        Assert.True(withdrawn.IsSuccess);
        Assert.True(afterWithdrawal.IsQuorate);
    }

    [Fact]
    public void Without_a_statutory_member_count_there_is_no_answer()
    {
        Assert.Equal("quorum.no_statutory_members", MeetingOfFive().QuorumAt(null, new TimeOnly(18, 30), null).Error?.Code);
    }

    [Fact]
    public void Bias_is_declared_once_per_person_and_item()
    {
        var item = MeetingOfFive().AddAgendaItem("2", true, "Zuschuss").Value;
        _ = item.DeclareBias(2, null).Value;

        Assert.Equal("bias.already_declared", item.DeclareBias(2, null).Error?.Code);
        Assert.Equal("bias.not_found", item.WithdrawBias(1).Error?.Code);
    }
}
