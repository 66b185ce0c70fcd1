using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.AgendaItems;

/// <summary>Corrections of agenda items and speakers made while reviewing an import.</summary>
public sealed class AgendaCorrectionTests
{
    private static Meeting MeetingWithItems(out AgendaItem first, out AgendaItem second)
    {
        var meeting = Meeting.Create(1, new DateOnly(2025, 3, 12)).Value;
        first = meeting.AddAgendaItem("1", true, "Einwohnerfragestunde").Value;
        second = meeting.AddAgendaItem("2", true, "Bericht der Verwaltung").Value;
        return meeting;
    }

    [Fact]
    public void Number_and_title_are_corrected()
    {
        var meeting = MeetingWithItems(out _, out var second);

        var result = meeting.ReviseAgendaItem(second, " 3 ", " Bericht zum Integrationskonzept ");

        Assert.True(result.IsSuccess);
        Assert.Equal(("3", "Bericht zum Integrationskonzept"), (second.Number, second.Title));
    }

    [Fact]
    public void A_number_stays_unique_within_its_part()
    {
        var meeting = MeetingWithItems(out _, out var second);

        var result = meeting.ReviseAgendaItem(second, "1", "Bericht der Verwaltung");

        Assert.Equal("agenda.duplicate_number", result.Error?.Code);
        Assert.Equal("2", second.Number);
    }

    [Fact]
    public void The_same_number_may_stand_in_the_other_part()
    {
        var meeting = MeetingWithItems(out _, out _);
        var confidential = meeting.AddAgendaItem("2", false, "Personalangelegenheiten").Value;

        Assert.True(meeting.ReviseAgendaItem(confidential, "1", "Personalangelegenheiten").IsSuccess);
    }

    [Fact]
    public void A_title_is_required()
    {
        var meeting = MeetingWithItems(out var first, out _);

        Assert.Equal("agenda.title_required", meeting.ReviseAgendaItem(first, "1", "  ").Error?.Code);
        Assert.Equal("Einwohnerfragestunde", first.Title);
    }

    [Fact]
    public void An_item_of_another_meeting_is_not_found()
    {
        var meeting = MeetingWithItems(out _, out _);
        var other = MeetingWithItems(out var foreign, out _);

        Assert.NotSame(meeting, other);
        Assert.Equal("agenda.not_found", meeting.ReviseAgendaItem(foreign, "9", "Fremd").Error?.Code);
    }

    [Fact]
    public void A_removed_speaker_is_kept_as_deleted_and_the_others_keep_their_order()
    {
        var meeting = MeetingWithItems(out _, out var item);
        var weber = item.AddContribution(1);
        var becker = item.AddContribution(2);

        var removed = item.RemoveContribution(weber);

        Assert.True(removed.IsSuccess);
        Assert.True(weber.Deleted);
        Assert.Equal(2, becker.Order);
        Assert.Equal("contribution.not_found", item.RemoveContribution(weber).Error?.Code);
        Assert.NotNull(meeting);
    }
}
