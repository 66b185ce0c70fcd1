using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Meetings;

public sealed class MeetingAgendaTests
{
    [Fact]
    public void Public_and_non_public_parts_number_their_items_independently()
    {
        var meeting = Meeting.Create(1, new DateOnly(2021, 11, 4)).Value;

        meeting.AddAgendaItem("1", isPublic: true, "Einwohnerfragestunde");
        var nonPublic = meeting.AddAgendaItem("1", isPublic: false, "Mitteilungen der Verwaltung und Anfragen");

        Assert.True(nonPublic.IsSuccess);
        Assert.Same(nonPublic.Value, meeting.FindAgendaItem(isPublic: false, "1"));
    }

    [Fact]
    public void An_item_number_is_unique_within_its_part()
    {
        var meeting = Meeting.Create(1, new DateOnly(2021, 11, 4)).Value;
        meeting.AddAgendaItem("3", isPublic: true, "Vorstellung des Integrationskonzeptes");

        var duplicate = meeting.AddAgendaItem("3", isPublic: true, "Planungen");

        Assert.Equal("agenda.duplicate_number", duplicate.Error?.Code);
        Assert.Single(meeting.AgendaItems);
    }

    [Fact]
    public void Items_keep_the_order_they_were_added_in()
    {
        var meeting = Meeting.Create(1, new DateOnly(2021, 11, 4)).Value;
        meeting.AddAgendaItem("2", true, "Zweiter");
        meeting.AddAgendaItem("1", true, "Erster");

        Assert.Equal([1, 2], meeting.AgendaItems.Select(i => i.Order));
    }

    [Fact]
    public void An_item_needs_a_title()
    {
        var result = Meeting.Create(1, new DateOnly(2021, 11, 4)).Value.AddAgendaItem("1", true, "  ");

        Assert.Equal("agenda.title_required", result.Error?.Code);
    }

    [Fact]
    public void Items_without_number_are_allowed_for_excerpts()
    {
        var meeting = Meeting.Create(1, null).Value;

        Assert.True(meeting.AddAgendaItem(null, true, "Integrationskonzept").IsSuccess);
        Assert.True(meeting.AddAgendaItem(null, true, "Kommunales Integrationsmanagement").IsSuccess);
    }

    [Fact]
    public void A_cancelled_meeting_cannot_be_planned_but_keeps_the_agenda_it_was_invited_with()
    {
        var meeting = Meeting.Create(1, new DateOnly(2024, 5, 7)).Value;
        meeting.Cancel().ThrowIfError();

        var planned = meeting.AddAgendaItem("1", true, "Sprachkurse");
        var recorded = meeting.RecordPublishedAgendaItem("1", true, "Sprachkurse");

        Assert.Equal("agenda.meeting_cancelled", planned.Error?.Code);
        Assert.True(recorded.IsSuccess);
        Assert.Equal("agenda.duplicate_number", meeting.RecordPublishedAgendaItem("1", true, "Noch einmal").Error?.Code);
    }
}
