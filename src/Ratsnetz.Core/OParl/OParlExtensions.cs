using Ratsnetz.Council.AgendaItems;
using Ratsnetz.OParl.Resources;

namespace Ratsnetz.OParl;

/// <summary>
/// What council minutes record and OParl has no field for: votes, outcome codes, speakers, attendance. All of it
/// under the prefix <c>ratsnetz:</c>, documented in docs/oparl-api.md.
/// </summary>
internal static class OParlExtensions
{
    public const string Prefix = "ratsnetz:";

    public static void WriteVotes(OParlJsonWriter w, VoteCounts? votes, DecisionOutcome? outcome)
    {
        if (votes is { } counts)
        {
            var json = w.Json;
            json.WriteStartObject(Prefix + "votes");
            json.WriteNumber("yes", counts.Yes);
            json.WriteNumber("no", counts.No);
            json.WriteNumber("abstain", counts.Abstentions);
            json.WriteNumber("biased", counts.Biased);
            json.WriteEndObject();
        }

        if (outcome is { } result)
        {
            w.Text(Prefix + "outcome", OParlLabels.Code(result));
        }
    }

    public static void WriteContributions(OParlContext context, IReadOnlyList<ContributionModel> contributions)
    {
        if (contributions.Count == 0)
        {
            return;
        }

        var w = context.Writer;
        w.StartArray(Prefix + "contributions");
        foreach (var contribution in contributions)
        {
            w.StartObject();
            w.Text("person", context.Urls.Of(OParlSegments.People, contribution.PersonId));
            w.Number("order", contribution.Order);
            w.Text("note", contribution.Note);
            w.EndObject();
        }

        w.EndArray();
    }
}
