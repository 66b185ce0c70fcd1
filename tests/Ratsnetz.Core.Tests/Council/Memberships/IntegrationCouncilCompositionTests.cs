using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Council.Memberships;

/// <summary>§ 27 GO NRW: in an Integrationsrat the directly elected members must outnumber the council-appointed ones.</summary>
public sealed class IntegrationCouncilCompositionTests
{
    private static readonly OrganizationRef Kml = new(1, "Kamener Migrantenliste (KML)", "KML");
    private static readonly OrganizationRef Spd = new(2, "SPD", null);
    private static readonly OrganizationRef Cdu = new(3, "CDU", null);

    private static CompositionSeat Elected(OrganizationRef? list = null, MembershipRole role = MembershipRole.Member) =>
        new(role, true, MembershipMandate.DirectlyElected, list ?? Kml);

    private static CompositionSeat Appointed(OrganizationRef faction) => new(MembershipRole.Member, true, MembershipMandate.CouncilAppointed, faction);

    [Fact]
    public void Three_directly_elected_against_two_appointed_is_lawful()
    {
        var composition = IntegrationCouncilComposition.Of([Elected(role: MembershipRole.Chair), Elected(), Elected(), Appointed(Spd), Appointed(Cdu)]);

        Assert.True(composition.DirectlyElectedOutnumberAppointed);
        Assert.Equal(3, composition.DirectlyElectedSeats);
        Assert.Equal(2, composition.CouncilAppointedSeats);
    }

    [Fact]
    public void A_tie_is_not_a_majority_and_warns()
    {
        var composition = IntegrationCouncilComposition.Of([Elected(), Elected(), Appointed(Spd), Appointed(Cdu)]);

        Assert.False(composition.DirectlyElectedOutnumberAppointed);
    }

    [Fact]
    public void Seats_without_a_recorded_mandate_count_for_neither_side()
    {
        var composition = IntegrationCouncilComposition.Of(
            [Elected(), Appointed(Spd), new(MembershipRole.Member, true, null, null), new(MembershipRole.Member, true, null, null)]);

        Assert.Equal(2, composition.Unstated);
        Assert.False(composition.DirectlyElectedOutnumberAppointed);
    }

    [Fact]
    public void Deputies_advisory_members_and_the_minute_taker_are_not_voting_seats()
    {
        var composition = IntegrationCouncilComposition.Of(
        [
            Elected(),
            Appointed(Spd),
            new(MembershipRole.DeputyMember, true, MembershipMandate.DirectlyElected, Kml),
            new(MembershipRole.DeputyMember, true, MembershipMandate.DirectlyElected, Kml),
            new(MembershipRole.AdvisoryMember, false, MembershipMandate.CouncilAppointed, null),
            new(MembershipRole.Member, false, null, null),
            new(MembershipRole.MinuteTaker, false, null, null),
        ]);

        Assert.Equal(1, composition.DirectlyElectedSeats);
        Assert.Equal(1, composition.CouncilAppointedSeats);
        Assert.Equal(2, composition.Deputies);
        Assert.Equal(2, composition.Advisory);
        Assert.Equal(0, composition.Unstated);
        Assert.False(composition.DirectlyElectedOutnumberAppointed);
    }

    [Fact]
    public void Directly_elected_seats_are_grouped_by_list_largest_first()
    {
        var other = new OrganizationRef(4, "Internationale Liste", "IL");
        var composition = IntegrationCouncilComposition.Of([Elected(other), Elected(), Elected(), Appointed(Spd)]);

        Assert.Equal([new CompositionGroup(Kml, 2), new CompositionGroup(other, 1)], composition.DirectlyElected);
        Assert.Equal([new CompositionGroup(Spd, 1)], composition.CouncilAppointed);
    }

    [Fact]
    public void An_empty_council_warns()
    {
        Assert.False(IntegrationCouncilComposition.Of([]).DirectlyElectedOutnumberAppointed);
    }
}
