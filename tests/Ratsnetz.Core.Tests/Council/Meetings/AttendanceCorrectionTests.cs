using Ratsnetz.Council.Attendances;

namespace Ratsnetz.Council.Meetings;

/// <summary>Corrections made while reviewing an import keep the attendance rules.</summary>
public sealed class AttendanceCorrectionTests
{
    private const int Muster = 1;
    private const int Becker = 2;
    private const int Brandt = 3;

    private static Meeting HeldMeeting() => Meeting.Create(1, new DateOnly(2025, 3, 12), new TimeOnly(18, 0), new TimeOnly(19, 30)).Value;

    [Fact]
    public void Status_role_and_times_are_corrected_together()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Muster, AttendanceStatus.Excused, AttendanceRole.Member);

        var result = meeting.CorrectAttendance(Muster, AttendanceStatus.Present, AttendanceRole.Chair, new TimeOnly(18, 10), null);

        Assert.True(result.IsSuccess);
        var attendance = Assert.Single(meeting.Attendances);
        Assert.Equal((AttendanceStatus.Present, AttendanceRole.Chair, (TimeOnly?)new TimeOnly(18, 10)), (attendance.Status, attendance.Role, attendance.From));
    }

    [Fact]
    public void A_correction_that_breaks_a_rule_changes_nothing()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Muster, AttendanceStatus.Present, AttendanceRole.Member, new AttendanceDetails(From: new TimeOnly(18, 5)));

        var result = meeting.CorrectAttendance(Muster, AttendanceStatus.Excused, AttendanceRole.Chair, new TimeOnly(18, 5), null);

        Assert.Equal("attendance.times_for_absent", result.Error?.Code);
        var attendance = meeting.Attendances[0];
        Assert.Equal((AttendanceStatus.Present, AttendanceRole.Member), (attendance.Status, attendance.Role));
    }

    [Fact]
    public void Leaving_before_arriving_is_rejected()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Muster, AttendanceStatus.Present, AttendanceRole.Member);

        var result = meeting.CorrectAttendance(Muster, AttendanceStatus.Present, AttendanceRole.Member, new TimeOnly(19, 0), new TimeOnly(18, 30));

        Assert.Equal("attendance.leaves_before_arrival", result.Error?.Code);
    }

    [Fact]
    public void A_substitute_cannot_be_corrected_to_absent()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Brandt, AttendanceStatus.Excused, AttendanceRole.Member);
        meeting.RecordAttendance(Becker, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: Brandt));

        var result = meeting.CorrectAttendance(Becker, AttendanceStatus.Excused, AttendanceRole.DeputyMember, null, null);

        Assert.Equal("attendance.absent_substitute", result.Error?.Code);
    }

    [Fact]
    public void A_member_with_a_substitute_cannot_be_corrected_to_present()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Brandt, AttendanceStatus.Excused, AttendanceRole.Member);
        meeting.RecordAttendance(Becker, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: Brandt));

        var result = meeting.CorrectAttendance(Brandt, AttendanceStatus.Present, AttendanceRole.Member, null, null);

        Assert.Equal("attendance.substituted_member_present", result.Error?.Code);
    }

    [Fact]
    public void Correcting_someone_not_recorded_is_not_found()
    {
        var result = HeldMeeting().CorrectAttendance(Muster, AttendanceStatus.Present, AttendanceRole.Member, null, null);

        Assert.Equal("attendance.not_found", result.Error?.Code);
    }

    [Fact]
    public void A_removed_attendance_is_kept_as_deleted_and_cannot_be_corrected()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Muster, AttendanceStatus.Present, AttendanceRole.Member);

        var removed = meeting.RemoveAttendance(Muster);

        Assert.True(removed.Value.Deleted);
        Assert.Equal("attendance.not_found", meeting.RemoveAttendance(Muster).Error?.Code);
        Assert.Equal("attendance.not_found", meeting.CorrectAttendance(Muster, AttendanceStatus.Excused, AttendanceRole.Member, null, null).Error?.Code);
    }

    [Fact]
    public void Once_a_wrong_substitute_is_removed_the_member_can_be_present()
    {
        var meeting = HeldMeeting();
        meeting.RecordAttendance(Brandt, AttendanceStatus.Excused, AttendanceRole.Member);
        meeting.RecordAttendance(Becker, AttendanceStatus.Present, AttendanceRole.DeputyMember, new AttendanceDetails(SubstituteForPersonId: Brandt));
        meeting.RemoveAttendance(Becker);

        var result = meeting.CorrectAttendance(Brandt, AttendanceStatus.Present, AttendanceRole.Member, null, null);

        Assert.True(result.IsSuccess);
    }
}
