using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Meetings;

public sealed class MeetingTests
{
    [Fact]
    public void A_meeting_cannot_end_before_it_starts()
    {
        var result = Meeting.Create(1, new DateOnly(2021, 11, 4), new TimeOnly(18, 5), new TimeOnly(17, 0));

        Assert.IsType<ValidationError>(result.Error);
        Assert.Equal("meeting.end_before_start", result.Error!.Code);
    }

    [Fact]
    public void Local_start_time_in_Berlin_winter_is_one_hour_ahead_of_UTC()
    {
        var meeting = Meeting.Create(1, new DateOnly(2021, 11, 4), new TimeOnly(18, 5), new TimeOnly(19, 50)).Value;

        Assert.Equal(new DateTime(2021, 11, 4, 17, 5, 0, DateTimeKind.Utc), meeting.StartsAtUtc);
    }

    [Fact]
    public void Local_start_time_in_Berlin_summer_is_two_hours_ahead_of_UTC()
    {
        var meeting = Meeting.Create(1, new DateOnly(2019, 6, 18), new TimeOnly(17, 0)).Value;

        Assert.Equal(new DateTime(2019, 6, 18, 15, 0, 0, DateTimeKind.Utc), meeting.StartsAtUtc);
    }

    [Fact]
    public void A_meeting_without_a_known_date_has_no_instant()
    {
        var meeting = Meeting.Create(1, null, new TimeOnly(17, 0), new TimeOnly(18, 30)).Value;

        Assert.Null(meeting.StartsAtUtc);
        Assert.Equal(new TimeOnly(17, 0), meeting.StartTime);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Session_numbers_are_positive(int number)
    {
        var result = Meeting.Create(1, new DateOnly(2021, 11, 4), sessionNumber: number);

        Assert.Equal("meeting.session_number_positive", result.Error?.Code);
    }

    [Fact]
    public void A_held_meeting_cannot_be_cancelled()
    {
        var meeting = Meeting.Create(1, new DateOnly(2021, 11, 4)).Value;
        meeting.MarkHeld().ThrowIfError();

        var result = meeting.Cancel();

        Assert.IsType<ConflictError>(result.Error);
        Assert.Equal(MeetingState.Held, meeting.State);
    }

    [Fact]
    public void A_cancelled_meeting_cannot_be_held_or_rescheduled()
    {
        var meeting = Meeting.Create(1, new DateOnly(2021, 11, 4)).Value;
        meeting.Cancel().ThrowIfError();

        Assert.True(meeting.MarkHeld().IsError);
        Assert.True(meeting.Reschedule(new DateOnly(2021, 11, 5), null, null).IsError);
        Assert.Equal(new DateOnly(2021, 11, 4), meeting.Date);
    }

    [Fact]
    public void Invitations_go_out_only_for_planned_meetings()
    {
        var meeting = Meeting.Create(1, new DateOnly(2021, 11, 4)).Value;
        meeting.MarkInvited().ThrowIfError();
        meeting.MarkHeld().ThrowIfError();

        Assert.True(meeting.MarkInvited().IsError);
    }
}
