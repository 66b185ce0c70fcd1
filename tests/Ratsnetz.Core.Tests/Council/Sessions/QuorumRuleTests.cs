using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Sessions;

public sealed class QuorumRuleTests
{
    private static readonly HashSet<int> NoBias = [];

    private static IEnumerable<QuorumParticipant> Members(int count, int firstId = 1) =>
        Enumerable.Range(firstId, count).Select(id => new QuorumParticipant(id, AttendanceRole.Member, null));

    [Theory]
    [InlineData(21, 11, true)]
    [InlineData(21, 10, false)]
    [InlineData(20, 11, true)]
    [InlineData(20, 10, false)] // exactly half is not "more than half"
    [InlineData(1, 1, true)]
    public void More_than_half_of_the_statutory_members_make_a_quorum(int statutory, int present, bool quorate)
    {
        var result = QuorumRule.Evaluate(statutory, Members(present), NoBias).Value;

        Assert.Equal(quorate, result.IsQuorate);
        Assert.Equal(statutory / 2 + 1, result.Required);
    }

    [Fact]
    public void A_deputy_counts_only_while_standing_in_for_an_absent_member()
    {
        var present = Members(10).Append(new QuorumParticipant(50, AttendanceRole.DeputyMember, SubstituteForPersonId: 11));
        var idleDeputy = Members(10).Append(new QuorumParticipant(51, AttendanceRole.DeputyMember, null));

        Assert.True(QuorumRule.Evaluate(21, present, NoBias).Value.IsQuorate);
        Assert.False(QuorumRule.Evaluate(21, idleDeputy, NoBias).Value.IsQuorate);
    }

    [Fact]
    public void Advisory_members_minute_takers_staff_and_guests_do_not_count()
    {
        var present = Members(10)
            .Append(new QuorumParticipant(60, AttendanceRole.AdvisoryMember, null))
            .Append(new QuorumParticipant(61, AttendanceRole.MinuteTaker, null))
            .Append(new QuorumParticipant(62, AttendanceRole.Administration, null))
            .Append(new QuorumParticipant(63, AttendanceRole.Guest, null));

        var result = QuorumRule.Evaluate(21, present, NoBias).Value;

        Assert.Equal(10, result.Counted);
        Assert.False(result.IsQuorate);
    }

    [Fact]
    public void A_member_who_declared_bias_is_not_counted_for_that_item()
    {
        var present = Members(11).ToList();

        var result = QuorumRule.Evaluate(21, present, new HashSet<int> { 3 }).Value;

        Assert.Equal(10, result.Counted);
        Assert.Equal(1, result.ExcludedForBias);
        Assert.False(result.IsQuorate);
    }

    [Fact]
    public void Without_a_statutory_number_there_is_no_answer()
    {
        Assert.True(QuorumRule.Evaluate(null, Members(5), NoBias).IsError);
        Assert.True(QuorumRule.Evaluate(0, Members(5), NoBias).IsError);
    }

    [Fact]
    public void Arrivals_and_departures_decide_who_is_in_the_room()
    {
        var meeting = Meeting.Create(1, new DateOnly(2021, 11, 4), new TimeOnly(18, 5), new TimeOnly(19, 50)).Value;
        meeting.RecordAttendance(1, AttendanceStatus.Present, AttendanceRole.Chair);
        meeting.RecordAttendance(2, AttendanceStatus.Present, AttendanceRole.Member, new AttendanceDetails(From: new TimeOnly(18, 30)));
        meeting.RecordAttendance(3, AttendanceStatus.Present, AttendanceRole.Member, new AttendanceDetails(Until: new TimeOnly(19, 0)));
        meeting.RecordAttendance(4, AttendanceStatus.Excused, AttendanceRole.Member);

        int[] At(int hour, int minute) => PresenceAtTime.Participants(meeting.Attendances, new TimeOnly(hour, minute)).Select(p => p.PersonId).Order().ToArray();

        Assert.Equal([1, 3], At(18, 10));
        Assert.Equal([1, 2, 3], At(18, 30));
        Assert.Equal([1, 2], At(19, 0));
    }
}
