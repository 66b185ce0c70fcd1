namespace Ratsnetz.Council.Memberships;

/// <summary>Who was member when: a membership is in force on its first and its last day, and open ends reach forever.</summary>
public sealed class MembershipPeriodTests
{
    private static Membership Seat(DateOnly? start, DateOnly? end)
    {
        var membership = Membership.Create(1, 10, MembershipRole.Member).Value;
        membership.SetPeriod(start, end).ThrowIfError();
        return membership;
    }

    [Theory]
    [InlineData("2020-11-01", true)]
    [InlineData("2020-10-31", false)]
    [InlineData("2025-10-31", true)]
    [InlineData("2025-11-01", false)]
    public void The_first_and_the_last_day_count(string day, bool inForce)
    {
        var seat = Seat(new DateOnly(2020, 11, 1), new DateOnly(2025, 10, 31));

        Assert.Equal(inForce, seat.IsActiveOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_open_start_reaches_back_and_an_open_end_forward()
    {
        Assert.True(Seat(null, new DateOnly(2021, 1, 1)).IsActiveOn(new DateOnly(1990, 1, 1)));
        Assert.True(Seat(new DateOnly(2021, 1, 1), null).IsActiveOn(new DateOnly(2099, 12, 31)));
        Assert.True(Seat(null, null).IsActiveOn(new DateOnly(2021, 11, 4)));
    }

    [Fact]
    public void A_one_day_membership_is_in_force_on_that_day_only()
    {
        var day = new DateOnly(2021, 11, 4);
        var seat = Seat(day, day);

        Assert.True(seat.IsActiveOn(day));
        Assert.False(seat.IsActiveOn(day.AddDays(1)));
        Assert.False(seat.IsActiveOn(day.AddDays(-1)));
    }

    [Fact]
    public void A_deputy_who_becomes_a_member_drops_the_seat_they_covered()
    {
        var seat = Membership.Create(1, 10, MembershipRole.Member).Value;
        var deputy = Membership.Create(2, 10, MembershipRole.DeputyMember).Value;
        deputy.AssignDeputyOf(seat).ThrowIfError();

        deputy.ClearDeputyOf();
        var promoted = deputy.ChangeRole(MembershipRole.Member, null);

        Assert.True(promoted.IsSuccess);
        Assert.Null(deputy.DeputyOf);
        Assert.True(deputy.VotingRight);
    }

    [Fact]
    public void A_mandate_must_be_a_known_kind()
    {
        var seat = Membership.Create(1, 10, MembershipRole.Member).Value;

        Assert.Equal("membership.mandate_unknown", seat.SetMandate((MembershipMandate)7).Error?.Code);
        Assert.True(seat.SetMandate(MembershipMandate.CouncilAppointed).IsSuccess);
        Assert.Equal(MembershipMandate.CouncilAppointed, seat.Mandate);
    }
}
