using Ratsnetz.Common;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Meetings;

public sealed class MeetingAttendanceTests
{
    private const int Cakir = 1;
    private const int Guerbiz = 2;
    private const int Eroglu = 3;

    private static Meeting HeldMeeting() => Meeting.Create(1, new DateOnly(2019, 6, 18), new TimeOnly(17, 0), new TimeOnly(18, 30)).Value;

    [Fact]
    public void A_person_is_recorded_only_once_per_meeting()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Cakir, AttendanceStatus.Excused, AttendanceRole.Member);

        var second = meeting.RecordAttendance(Cakir, AttendanceStatus.Present, AttendanceRole.Member);

        Assert.Equal("attendance.duplicate_person", second.Error?.Code);
        Assert.Single(meeting.Attendances);
    }

    [Fact]
    public void A_substitute_stands_in_for_an_absent_member()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Cakir, AttendanceStatus.Excused, AttendanceRole.Member);

        var substitute = meeting.RecordAttendance(Guerbiz, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: Cakir));

        Assert.True(substitute.IsSuccess);
        Assert.Equal(Cakir, substitute.Value.SubstituteForPersonId);
    }

    [Fact]
    public void Nobody_substitutes_for_a_member_who_is_present()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Cakir, AttendanceStatus.Present, AttendanceRole.Member);

        var substitute = meeting.RecordAttendance(Guerbiz, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: Cakir));

        Assert.Equal("attendance.substituted_member_present", substitute.Error?.Code);
    }

    [Fact]
    public void A_substituted_member_cannot_also_be_recorded_present()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Guerbiz, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: Cakir));

        var member = meeting.RecordAttendance(Cakir, AttendanceStatus.Present, AttendanceRole.Member);

        Assert.Equal("attendance.substituted_member_present", member.Error?.Code);
    }

    [Fact]
    public void A_member_has_at_most_one_substitute()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Guerbiz, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: Cakir));

        var second = meeting.RecordAttendance(Eroglu, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: Cakir));

        Assert.Equal("attendance.second_substitute", second.Error?.Code);
    }

    [Fact]
    public void Nobody_substitutes_for_themselves()
    {
        var result = HeldMeeting().RecordAttendance(Cakir, AttendanceStatus.Present, AttendanceRole.Member, new AttendanceDetails(SubstituteForPersonId: Cakir));

        Assert.Equal("attendance.substitute_for_self", result.Error?.Code);
    }

    [Fact]
    public void An_absent_person_has_no_arrival_time()
    {
        var result = HeldMeeting().RecordAttendance(Cakir, AttendanceStatus.Excused, AttendanceRole.Member, new AttendanceDetails(From: new TimeOnly(17, 30)));

        Assert.Equal("attendance.times_for_absent", result.Error?.Code);
    }

    [Fact]
    public void An_absent_person_cannot_substitute()
    {
        var result = HeldMeeting().RecordAttendance(Guerbiz, AttendanceStatus.Excused, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: Cakir));

        Assert.Equal("attendance.absent_substitute", result.Error?.Code);
    }

    [Fact]
    public void Nobody_leaves_before_arriving()
    {
        var result = HeldMeeting().RecordAttendance(Eroglu, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(From: new TimeOnly(18, 0), Until: new TimeOnly(17, 30)));

        Assert.Equal("attendance.leaves_before_arrival", result.Error?.Code);
    }

    [Fact]
    public void Presence_follows_arrival_and_departure()
    {
        var attendance = HeldMeeting().RecordAttendance(Eroglu, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(From: new TimeOnly(17, 30), Until: new TimeOnly(18, 0))).Value;

        Assert.False(attendance.IsPresentAt(new TimeOnly(17, 15)));
        Assert.True(attendance.IsPresentAt(new TimeOnly(17, 30)));
        Assert.False(attendance.IsPresentAt(new TimeOnly(18, 0)));
    }

    [Fact]
    public void A_cancelled_meeting_has_no_attendance()
    {
        var meeting = HeldMeeting();
        meeting.Cancel().ThrowIfError();

        var result = meeting.RecordAttendance(Cakir, AttendanceStatus.Present, AttendanceRole.Member);

        Assert.IsType<ConflictError>(result.Error);
    }
}
