using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ratsnetz.Documents.Scoring;

/// <summary>How one list of the contract is read, paired and checked field by field.</summary>
internal sealed record ListSpec(
    string Key,
    Func<JsonElement, IReadOnlyList<JsonElement>> Entries,
    Func<IReadOnlyList<JsonElement>, IReadOnlyList<JsonElement>, Func<int, int, double>> Pairing,
    IReadOnlyList<(string Field, ValueKind Kind)> Fields,
    Func<JsonElement, string> Label);

internal static class ListSpecs
{
    private const double MinDecisionTextOverlap = 0.3;
    private const double MinDecisionTextOverlapOtherItem = 0.6;
    private const double MinRequestOverlap = 0.8;

    private static readonly (string, ValueKind)[] PersonFields =
    [
        ("salutation", ValueKind.Exact), ("group", ValueKind.Text), ("role", ValueKind.Exact), ("function", ValueKind.Text),
        ("substitute_for", ValueKind.Name), ("from", ValueKind.Exact), ("until", ValueKind.Exact), ("excused", ValueKind.Exact),
    ];

    public static IReadOnlyList<ListSpec> All { get; } =
    [
        Persons("attendees", PersonFields),
        Persons("absent", PersonFields),
        new("agenda", d => Items(d, "agenda"), (g, e) => (i, j) => Key(g[i], "number") == Key(e[j], "number")
                ? 1 + (0.01 * ScoringText.WordOverlap(Str(g[i], "title"), Str(e[j], "title")))
                : 0,
            [("title", ValueKind.Text), ("paper", ValueKind.Exact)],
            a => $"TOP {Str(a, "number")}{(IsPublic(a) ? string.Empty : " (nö)")}"),
        new("decisions", d => Items(d, "decisions"), DecisionPairing,
            [("agenda_number", ValueKind.AgendaNumber), ("public", ValueKind.Exact), ("text", ValueKind.Text), ("yes", ValueKind.Exact),
             ("no", ValueKind.Exact), ("abstain", ValueKind.Exact), ("biased", ValueKind.Exact), ("outcome", ValueKind.Exact)],
            a => $"TOP {Str(a, "agenda_number") ?? "?"}: {Shorten(Str(a, "text"))}"),
        new("speakers", Speakers, (g, e) => (i, j) => Key(g[i], "agenda_number") == Key(e[j], "agenda_number")
                ? NameMatcher.Similarity(Str(g[i], "name"), Str(e[j], "name"))
                : 0,
            [], a => $"TOP {Str(a, "agenda_number") ?? "?"}: {Str(a, "name")}"),
        Persons("submitters", [("salutation", ValueKind.Exact), ("group", ValueKind.Text), ("function", ValueKind.Text)]),
        new("signed_by", d => Items(d, "signed_by"), (g, e) => (i, j) => NameMatcher.Similarity(ValueComparer.Text(g[i]), ValueComparer.Text(e[j])),
            [], ValueComparer.Text),
        new("request", d => Items(d, "request"), (g, e) => (i, j) => ScoringText.WordOverlap(ValueComparer.Text(g[i]), ValueComparer.Text(e[j])) is var o && o >= MinRequestOverlap ? o : 0,
            [], a => Shorten(ValueComparer.Text(a))),
    ];

    private static ListSpec Persons(string key, IReadOnlyList<(string, ValueKind)> fields) => new(
        key,
        d => Items(d, key),
        (g, e) => (i, j) => NameMatcher.Similarity(ValueComparer.Alternatives(g[i], "name").Select(ValueComparer.Text), Str(e[j], "name")),
        fields,
        p => Str(p, "name") ?? "?");

    // A decision is the same when it belongs to the same agenda item and, where the item has several (or none is
    // named), its text overlaps; a clearly identical text also pairs across a wrong item number, which then counts
    // as a wrong agenda_number field instead of a missed and an extra decision.
    private static Func<int, int, double> DecisionPairing(IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> extracted) => (i, j) =>
    {
        var key = Key(gold[i], "agenda_number");
        var overlap = ScoringText.WordOverlap(Str(gold[i], "text"), Str(extracted[j], "text"));
        if (key != Key(extracted[j], "agenda_number"))
        {
            return overlap >= MinDecisionTextOverlapOtherItem ? overlap / 2 : 0;
        }

        var alone = gold.Count(d => Key(d, "agenda_number") == key) == 1 && extracted.Count(d => Key(d, "agenda_number") == key) == 1;
        return alone || overlap >= MinDecisionTextOverlap ? 0.5 + (overlap / 2) : 0;
    };

    // Speakers are scored per (item, name): one entry per name.
    private static List<JsonElement> Speakers(JsonElement document) =>
        Items(document, "speakers").SelectMany(group => Items(group, "names").Select(name => JsonSerializer.SerializeToElement(new JsonObject
        {
            ["agenda_number"] = Str(group, "agenda_number"),
            ["public"] = IsPublic(group),
            ["name"] = ValueComparer.Text(name),
        }))).ToList();

    internal static IReadOnlyList<JsonElement> Items(JsonElement parent, string key) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(key, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().ToList()
            : [];

    private static string Key(JsonElement entry, string numberKey) =>
        $"{(IsPublic(entry) ? "ö" : "nö")}|{ValueComparer.AgendaNumber(Str(entry, numberKey))}";

    // Gold files leave "public" out where everything is public (articles, resolution pages).
    private static bool IsPublic(JsonElement entry) =>
        ValueComparer.Value(entry, "public") is not { ValueKind: JsonValueKind.False };

    private static string? Str(JsonElement entry, string key) => ValueComparer.Value(entry, key) is { } value ? ValueComparer.Text(value) : null;

    private static string Shorten(string? text) => text is null ? "–" : text.Length <= 50 ? text : text[..50] + "…";
}
