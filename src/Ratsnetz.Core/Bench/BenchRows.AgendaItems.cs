using System.Globalization;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Bench;

/// <summary>Rows of agenda items with their decisions; vote counts always agree with the outcome (§ 50 GO NRW).</summary>
internal static partial class BenchRows
{
    public static void AgendaItems(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        for (var meeting = 0; meeting < layout.Plan.Meetings; meeting++)
        {
            var held = (MeetingState)layout.MeetingState[meeting] == MeetingState.Held;
            var (created, modified) = MeetingStamps(layout, meeting);
            var items = layout.MeetingItems[meeting];
            var publicItems = items - layout.MeetingNonPublic[meeting];
            for (var position = 0; position < items; position++)
            {
                var item = layout.MeetingFirstItem[meeting] + position;
                var random = BenchRandom.For(layout.Seed, BenchStream.AgendaItem, item);
                var isPublic = position < publicItems;
                var paper = layout.ItemPaper[item];
                var informative = paper != 0 && layout.PaperType[paper - 1] is 1 or BenchLayout.Anfrage or 4;
                var title = paper != 0 ? BenchPaperText.For(layout, paper - 1).Name
                    : position == 0 ? random.Pick(BenchWords.PublicOpening)
                    : position == publicItems - 1 ? random.Pick(BenchWords.PublicClosing)
                    : isPublic ? $"{random.Pick(BenchWords.StandardItems)}: {random.Pick(BenchWords.Topics)}"
                    : random.Pick(BenchWords.NonPublicItems);
                var decided = held && (paper != 0 || (!isPublic && random.Chance(0.7)));
                var (outcome, votes) = decided ? Decision(layout.OrgSeats[layout.MeetingOrg[meeting] - 1], informative, ref random) : (null, null);
                w.Number(item + 1);
                w.Number(meeting + 1);
                w.Text((isPublic ? position + 1 : position - publicItems + 1).ToString(CultureInfo.InvariantCulture));
                w.Number(position + 1);
                w.Bool(isPublic);
                w.Text(title);
                w.Number(paper == 0 ? null : paper);
                w.Text(null);
                w.Text(outcome is { } result ? ResolutionText(result) : null);
                w.Number(votes?.Yes);
                w.Number(votes?.No);
                w.Number(votes?.Abstentions);
                w.Number(votes?.Biased);
                w.Number((int?)outcome);
                rows.Stamps(created, modified, layout.MeetingDeleted[meeting] || random.Chance(0.002));
            }
        }
    }

    private static (DecisionOutcome?, VoteCounts?) Decision(int seats, bool informative, ref BenchRandom random)
    {
        if (informative)
        {
            return (DecisionOutcome.Noted, null);
        }

        var roll = random.NextDouble();
        var outcome = roll switch
        {
            < 0.50 => DecisionOutcome.Unanimous,
            < 0.72 => DecisionOutcome.Adopted,
            < 0.77 => DecisionOutcome.AdoptedAmended,
            < 0.85 => DecisionOutcome.Rejected,
            < 0.92 => DecisionOutcome.Noted,
            < 0.98 => DecisionOutcome.Postponed,
            _ => DecisionOutcome.Withdrawn,
        };
        var counted = outcome is DecisionOutcome.Adopted or DecisionOutcome.AdoptedAmended or DecisionOutcome.Rejected
            || (outcome == DecisionOutcome.Unanimous && random.Chance(0.3));
        if (!counted)
        {
            return (outcome, null);
        }

        var voters = Math.Max(9, seats) - random.Next(4);
        var abstentions = random.Next(4);
        var biased = random.Chance(0.05) ? 1 : 0;
        var cast = voters - abstentions - biased;
        var majority = (cast / 2) + 1 + random.Next(Math.Max(1, cast - (cast / 2) - 1));
        var (yes, no) = outcome switch
        {
            DecisionOutcome.Unanimous => (cast, 0),
            DecisionOutcome.Rejected => (cast - Math.Min(cast, majority), Math.Min(cast, majority)),
            _ => (Math.Min(cast, majority), cast - Math.Min(cast, majority)),
        };
        return (outcome, new VoteCounts(yes, no, abstentions, biased));
    }

    private static string ResolutionText(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Noted => "Der Bericht wird zur Kenntnis genommen.",
        DecisionOutcome.Rejected => "Der Beschlussvorschlag wird abgelehnt.",
        DecisionOutcome.Postponed => "Die Beratung wird in die nächste Sitzung vertagt.",
        DecisionOutcome.Withdrawn => "Die Vorlage wurde von der Tagesordnung zurückgezogen.",
        DecisionOutcome.AdoptedAmended => "Dem Beschlussvorschlag wird mit den in der Sitzung besprochenen Änderungen zugestimmt.",
        _ => "Dem Beschlussvorschlag der Verwaltung wird zugestimmt.",
    };
}
