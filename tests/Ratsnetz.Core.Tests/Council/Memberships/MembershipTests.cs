using Ratsnetz.Council.Memberships;

namespace Ratsnetz.Council.Memberships;

public sealed class MembershipTests
{
    private const int IntegrationCouncil = 10;

    [Fact]
    public void Members_vote_by_default()
    {
        Assert.True(Membership.Create(1, IntegrationCouncil, MembershipRole.Member).Value.VotingRight);
    }

    [Theory]
    [InlineData(MembershipRole.AdvisoryMember)]
    [InlineData(MembershipRole.MinuteTaker)]
    public void Advisory_members_and_minute_takers_have_no_vote(MembershipRole role)
    {
        Assert.False(Membership.Create(1, IntegrationCouncil, role).Value.VotingRight);
        Assert.Equal("membership.role_without_vote", Membership.Create(1, IntegrationCouncil, role, votingRight: true).Error?.Code);
    }

    [Fact]
    public void A_membership_cannot_end_before_it_starts()
    {
        var membership = Membership.Create(1, IntegrationCouncil, MembershipRole.Member).Value;

        var result = membership.SetPeriod(new DateOnly(2020, 11, 1), new DateOnly(2020, 10, 31));

        Assert.Equal("membership.end_before_start", result.Error?.Code);
        Assert.Null(membership.StartDate);
    }

    [Fact]
    public void A_deputy_member_stands_in_for_a_seat_of_the_same_body()
    {
        var seat = Membership.Create(1, IntegrationCouncil, MembershipRole.Member).Value;
        var deputy = Membership.Create(2, IntegrationCouncil, MembershipRole.DeputyMember).Value;

        deputy.AssignDeputyOf(seat).ThrowIfError();

        Assert.Same(seat, deputy.DeputyOf);
    }

    [Fact]
    public void Only_deputy_members_deputise()
    {
        var seat = Membership.Create(1, IntegrationCouncil, MembershipRole.Member).Value;
        var member = Membership.Create(2, IntegrationCouncil, MembershipRole.Member).Value;

        Assert.Equal("membership.deputy_role_required", member.AssignDeputyOf(seat).Error?.Code);
    }

    [Fact]
    public void A_deputy_cannot_stand_in_for_a_seat_of_another_body()
    {
        var seat = Membership.Create(1, IntegrationCouncil + 1, MembershipRole.Member).Value;
        var deputy = Membership.Create(2, IntegrationCouncil, MembershipRole.DeputyMember).Value;

        Assert.Equal("membership.deputy_other_body", deputy.AssignDeputyOf(seat).Error?.Code);
    }

    [Fact]
    public void Nobody_is_their_own_deputy()
    {
        var seat = Membership.Create(1, IntegrationCouncil, MembershipRole.Member).Value;
        var deputy = Membership.Create(1, IntegrationCouncil, MembershipRole.DeputyMember).Value;

        Assert.Equal("membership.deputy_of_self", deputy.AssignDeputyOf(seat).Error?.Code);
    }

    [Fact]
    public void A_deputy_is_not_the_deputy_of_another_deputy()
    {
        var otherDeputy = Membership.Create(1, IntegrationCouncil, MembershipRole.DeputyMember).Value;
        var deputy = Membership.Create(2, IntegrationCouncil, MembershipRole.DeputyMember).Value;

        Assert.Equal("membership.deputy_of_non_seat", deputy.AssignDeputyOf(otherDeputy).Error?.Code);
    }

    [Fact]
    public void Open_ended_memberships_are_active_from_their_start()
    {
        var membership = Membership.Create(1, IntegrationCouncil, MembershipRole.Member).Value;
        membership.SetPeriod(new DateOnly(2020, 11, 1), null).ThrowIfError();

        Assert.False(membership.IsActiveOn(new DateOnly(2020, 10, 31)));
        Assert.True(membership.IsActiveOn(new DateOnly(2030, 1, 1)));
    }
}
