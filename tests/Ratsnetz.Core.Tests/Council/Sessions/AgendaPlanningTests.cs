using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Sessions;

/// <summary>Agenda planning: automatic numbers per part, sub-items, moves that renumber, removals that keep numbers.</summary>
public sealed class AgendaPlanningTests
{
    private static Meeting MeetingWithAgenda()
    {
        var meeting = Meeting.Create(1, new DateOnly(2026, 12, 10)).Value;
        foreach (var plan in new[]
        {
            new AgendaItemPlan(true, "Einwohnerfragestunde"),
            new AgendaItemPlan(false, "Personalangelegenheit"),
            new AgendaItemPlan(true, "Sommerfest"),
            new AgendaItemPlan(true, "Bericht Arbeitsgruppe Sprache", ParentNumber: "2"),
            new AgendaItemPlan(true, "Bericht Arbeitsgruppe Arbeit", ParentNumber: "2"),
            new AgendaItemPlan(true, "Mitteilungen der Verwaltung"),
        })
        {
            _ = meeting.PlanAgendaItem(plan, null).Value;
        }

        return meeting;
    }

    private static IEnumerable<string> Layout(Meeting meeting) =>
        meeting.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.Order).Select(i => $"{(i.IsPublic ? "A" : "B")}{i.Number} {i.Title}");

    [Fact]
    public void Items_are_numbered_per_part_with_sub_items_under_their_item()
    {
        Assert.Equal(
            ["A1 Einwohnerfragestunde", "A2 Sommerfest", "A2.1 Bericht Arbeitsgruppe Sprache", "A2.2 Bericht Arbeitsgruppe Arbeit", "A3 Mitteilungen der Verwaltung", "B1 Personalangelegenheit"],
            Layout(MeetingWithAgenda()));
    }

    [Fact]
    public void Moving_an_item_takes_its_sub_items_along_and_renumbers()
    {
        var meeting = MeetingWithAgenda();
        var summerFestival = meeting.AgendaItems.Single(i => i.Title == "Sommerfest");
        var language = meeting.AgendaItems.Single(i => i.Title == "Bericht Arbeitsgruppe Sprache");

        meeting.MoveAgendaItem(summerFestival, 3, null).ThrowIfError();
        meeting.MoveAgendaItem(language, 2, null).ThrowIfError();

        Assert.Equal(
            ["A1 Einwohnerfragestunde", "A2 Mitteilungen der Verwaltung", "A3 Sommerfest", "A3.1 Bericht Arbeitsgruppe Arbeit", "A3.2 Bericht Arbeitsgruppe Sprache", "B1 Personalangelegenheit"],
            Layout(meeting));
    }

    [Fact]
    public void A_removed_number_is_not_given_again_and_an_item_with_sub_items_or_a_decision_stays()
    {
        var meeting = MeetingWithAgenda();
        var first = meeting.AgendaItems.Single(i => i.Title == "Einwohnerfragestunde");
        var parent = meeting.AgendaItems.Single(i => i.Title == "Sommerfest");
        var last = meeting.AgendaItems.Single(i => i.Title == "Mitteilungen der Verwaltung");
        last.RecordDecision(null, DecisionOutcome.Noted, null).ThrowIfError();

        var removed = meeting.RemoveAgendaItem(first, null);
        var next = meeting.PlanAgendaItem(new AgendaItemPlan(true, "Verschiedenes"), null).Value;

        Assert.True(removed.IsSuccess);
        Assert.True(first.Deleted);
        Assert.Equal("4", next.Number); // two items left, but "3" is taken
        Assert.Equal("agenda.has_sub_items", meeting.RemoveAgendaItem(parent, null).Error?.Code);
        Assert.Equal("agenda.item_decided", meeting.RemoveAgendaItem(last, null).Error?.Code);
        Assert.Equal("agenda.parent_not_found", meeting.PlanAgendaItem(new AgendaItemPlan(false, "X", ParentNumber: "7"), null).Error?.Code);
    }
}
