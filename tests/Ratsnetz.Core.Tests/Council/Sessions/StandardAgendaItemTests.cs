using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Sessions;

/// <summary>The organization's standard items on a new agenda, and items planned around them.</summary>
public sealed class StandardAgendaItemTests
{
    private static StandardAgendaItem Line(string title, StandardPlacement placement, int order, bool isPublic = true) =>
        StandardAgendaItem.Create(1, title, isPublic, placement, order).Value;

    [Fact]
    public void Opening_items_come_first_and_closing_items_stay_last_while_the_agenda_is_planned()
    {
        var meeting = Meeting.Create(1, new DateOnly(2026, 12, 10)).Value;
        meeting.ApplyStandardItems([
            Line("Mitteilungen der Verwaltung", StandardPlacement.Closing, 3),
            Line("Einwohnerfragestunde", StandardPlacement.Opening, 1),
            Line("Genehmigung der Niederschrift", StandardPlacement.Opening, 2),
        ]).ThrowIfError();

        _ = meeting.PlanAgendaItem(new AgendaItemPlan(true, "Sommerfest"), null).Value;
        _ = meeting.PlanAgendaItem(new AgendaItemPlan(true, "Bericht der AG Sprache", ParentNumber: "3"), null).Value;

        Assert.Equal(
            ["1 Einwohnerfragestunde", "2 Genehmigung der Niederschrift", "3 Sommerfest", "3.1 Bericht der AG Sprache", "4 Mitteilungen der Verwaltung"],
            meeting.AgendaItems.OrderBy(i => i.Order).Select(i => $"{i.Number} {i.Title}"));
        Assert.Equal("agenda.not_empty", meeting.ApplyStandardItems([]).Error?.Code);
    }

    [Fact]
    public void After_dispatch_an_urgent_item_is_appended_and_printed_numbers_stay()
    {
        var meeting = Meeting.Create(1, new DateOnly(2026, 12, 10)).Value;
        meeting.ApplyStandardItems([Line("Einwohnerfragestunde", StandardPlacement.Opening, 1), Line("Mitteilungen der Verwaltung", StandardPlacement.Closing, 2)]).ThrowIfError();
        meeting.RecordInvitationDispatch(new DateOnly(2026, 12, 1)).ThrowIfError();

        _ = meeting.PlanAgendaItem(new AgendaItemPlan(true, "Dringlichkeitsantrag", Urgent: true), "Frist").Value;

        Assert.Equal(["1 Einwohnerfragestunde", "2 Mitteilungen der Verwaltung", "3 Dringlichkeitsantrag"],
            meeting.AgendaItems.OrderBy(i => i.Order).Select(i => $"{i.Number} {i.Title}"));
    }
}
