namespace Ratsnetz.Council.Sessions;

public sealed class InvitationDeadlineTests
{
    private static readonly DateOnly Meeting = new(2021, 11, 4);

    [Theory]
    [InlineData(2021, 10, 28, false)] // the 7th day before: in time
    [InlineData(2021, 10, 20, false)]
    [InlineData(2021, 10, 29, true)]  // one day late
    [InlineData(2021, 11, 4, true)]   // on the day
    public void The_invitation_must_go_out_on_the_seventh_day_before_the_meeting(int year, int month, int day, bool late)
    {
        var timeliness = InvitationTimeliness.Check(InvitationPolicy.Default, new DateOnly(year, month, day), Meeting, urgent: false);

        Assert.Equal(late, timeliness.IsLate);
        Assert.Equal(new DateOnly(2021, 10, 28), timeliness.Latest);
    }

    [Fact]
    public void An_urgent_meeting_has_the_shorter_deadline()
    {
        var dispatched = new DateOnly(2021, 11, 1);

        Assert.False(InvitationTimeliness.Check(InvitationPolicy.Default, dispatched, Meeting, urgent: true).IsLate);
        Assert.True(InvitationTimeliness.Check(InvitationPolicy.Default, dispatched, Meeting, urgent: false).IsLate);
        Assert.True(InvitationTimeliness.Check(InvitationPolicy.Default, dispatched.AddDays(1), Meeting, urgent: true).IsLate);
    }

    [Fact]
    public void A_body_sets_its_own_deadline_within_sensible_bounds()
    {
        Assert.Equal(10, InvitationPolicy.Create(10, 4).Value.Days);
        Assert.True(InvitationPolicy.Create(0, 0).IsError);
        Assert.True(InvitationPolicy.Create(5, 7).IsError);
    }
}
