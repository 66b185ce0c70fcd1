using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Council.Sessions;

/// <summary>Dispatch of the invitation, the Ladungsfrist check on the meeting, and agenda changes after dispatch.</summary>
public sealed class InvitationDispatchTests
{
    private static readonly DateOnly MeetingDay = new(2026, 12, 10);

    private static Meeting PlannedMeeting() => Meeting.Create(1, MeetingDay, new TimeOnly(18, 0)).Value;

    [Theory]
    [InlineData(3, false, false)] // sent on the 7th day before: in time
    [InlineData(4, false, true)] // one day late
    [InlineData(7, true, false)] // urgent: 3 days suffice
    [InlineData(8, true, true)] // urgent but one day late
    public void The_dispatch_is_checked_against_the_Ladungsfrist(int sentOnDecemberDay, bool urgent, bool late)
    {
        var meeting = PlannedMeeting();
        if (urgent)
        {
            meeting.SetUrgency("Fristablauf Förderantrag").ThrowIfError();
        }

        meeting.RecordInvitationDispatch(new DateOnly(2026, 12, sentOnDecemberDay)).ThrowIfError();

        var check = meeting.CheckInvitation(InvitationPolicy.Default)!;
        Assert.Equal(late, check.IsLate);
        Assert.Equal(MeetingState.Invited, meeting.State);
    }

    [Fact]
    public void A_body_with_its_own_Ladungsfrist_is_checked_against_it()
    {
        var organization = Organization.Create(1, "Integrationsrat", OrganizationKind.IntegrationCouncil).Value;
        organization.SetInvitationPolicy(InvitationPolicy.Create(10, 5).Value);
        var meeting = PlannedMeeting();
        meeting.RecordInvitationDispatch(new DateOnly(2026, 12, 3)).ThrowIfError();

        Assert.True(meeting.CheckInvitation(organization.InvitationPolicy)!.IsLate);
        Assert.False(meeting.CheckInvitation(InvitationPolicy.Default)!.IsLate);
        organization.SetInvitationPolicy(null);
        Assert.Equal(InvitationPolicy.Default, organization.InvitationPolicy);
    }

    [Fact]
    public void No_invitation_goes_out_after_the_meeting_or_for_an_undated_one()
    {
        var undated = Meeting.Create(1, null).Value;

        Assert.Equal("invitation.after_meeting", PlannedMeeting().RecordInvitationDispatch(MeetingDay.AddDays(1)).Error?.Code);
        Assert.Equal("invitation.meeting_undated", undated.RecordInvitationDispatch(MeetingDay).Error?.Code);
        Assert.Null(PlannedMeeting().CheckInvitation(InvitationPolicy.Default));
    }

    [Fact]
    public void After_dispatch_a_change_without_reason_is_refused()
    {
        var meeting = PlannedMeeting();
        var item = meeting.PlanAgendaItem(new AgendaItemPlan(true, "Bericht der Verwaltung"), null).Value;
        meeting.RecordInvitationDispatch(new DateOnly(2026, 12, 1)).ThrowIfError();

        var revise = meeting.RevisePlannedItem(item, "Bericht der Verwaltung zum Sommerfest", null, " ");
        var move = meeting.MoveAgendaItem(item, 1, null);
        var remove = meeting.RemoveAgendaItem(item, null);
        var revisedWithReason = meeting.RevisePlannedItem(item, "Bericht der Verwaltung zum Sommerfest", null, "Titel präzisiert");

        Assert.All(new[] { revise, move, remove }, r => Assert.Equal("agenda.change_reason_required", r.Error?.Code));
        Assert.True(revisedWithReason.IsSuccess);
        Assert.Equal("Bericht der Verwaltung zum Sommerfest", item.Title);
    }

    [Fact]
    public void After_dispatch_only_urgent_items_are_added()
    {
        var meeting = PlannedMeeting();
        meeting.RecordInvitationDispatch(new DateOnly(2026, 12, 1)).ThrowIfError();

        var ordinary = meeting.PlanAgendaItem(new AgendaItemPlan(true, "Neuer Antrag"), "nachgereicht");
        var urgent = meeting.PlanAgendaItem(new AgendaItemPlan(true, "Dringlichkeitsantrag Notunterkunft", Urgent: true), "Frist des Landes endet vor der nächsten Sitzung");

        Assert.Equal("agenda.addition_not_urgent", ordinary.Error?.Code);
        Assert.Equal("Frist des Landes endet vor der nächsten Sitzung", urgent.Value.UrgencyReason);
        Assert.Single(meeting.AgendaItems);
    }
}
