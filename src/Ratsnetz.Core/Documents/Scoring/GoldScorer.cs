using System.Text.Json;
using Ratsnetz.Documents.Extraction;

namespace Ratsnetz.Documents.Scoring;

/// <summary>
/// Compares an extraction with a hand-checked <c>*.gold.json</c> as SCHEMA.md "How answers are compared" describes.
/// Rules beyond the schema text:
/// <list type="bullet">
/// <item>A field or list counts only where the gold file has its key; a stated <c>null</c> means "not in the text", so a
/// value there is wrong.</item>
/// <item>List entries pair greedily by best score (<see cref="ListMatcher"/>): persons by name (with <c>name_clean</c>),
/// agenda items by (public, number), decisions by (public, agenda_number) and text overlap, speakers by (item, surname).</item>
/// <item>Fields of paired entries count where the gold entry states them; <c>*_clean</c> alternatives count.</item>
/// <item>With <c>truncated: true</c>, extracted entries after the match of the gold list's last entry are excused,
/// neither true nor false positives (<see cref="ListMatcher.BeyondCut"/>).</item>
/// </list>
/// </summary>
public static class GoldScorer
{
    /// <summary>The document-level fields, in report order; motion fields only count for gold files that state them.</summary>
    public static IReadOnlyList<(string Key, ValueKind Kind)> MetadataFields { get; } =
    [
        ("type", ValueKind.Exact), ("date", ValueKind.Exact), ("start", ValueKind.Exact), ("end", ValueKind.Exact),
        ("session_number", ValueKind.Exact), ("body", ValueKind.Text), ("municipality", ValueKind.Text), ("location", ValueKind.Text),
        ("chair", ValueKind.Name), ("minute_taker", ValueKind.Name), ("quorum_confirmed", ValueKind.Exact),
        ("title", ValueKind.Text), ("submitter_group", ValueKind.Text), ("submitted_date", ValueKind.Exact),
        ("target_body", ValueKind.Text), ("target_meeting_date", ValueKind.Exact), ("target_session_number", ValueKind.Exact),
        ("agenda_number", ValueKind.AgendaNumber), ("agenda_title", ValueKind.Text), ("paper", ValueKind.Exact),
        ("justification_start", ValueKind.Prefix),
    ];

    /// <summary>The lists, in report order.</summary>
    public static IReadOnlyList<string> ListNames { get; } = ListSpecs.All.Select(s => s.Key).ToList();

    public static DocumentScore Score(string name, JsonElement gold, DocumentExtraction extraction) =>
        Score(name, gold, ExtractionJson.ToElement(extraction));

    public static DocumentScore Score(string name, JsonElement gold, JsonElement extracted)
    {
        var findings = new List<string>();
        var metadata = new Dictionary<string, FieldTally>(StringComparer.Ordinal);
        foreach (var (key, kind) in MetadataFields.Where(f => ValueComparer.States(gold, f.Key)))
        {
            metadata[key] = Compare(gold, extracted, key, kind, key, findings);
        }

        var truncated = ValueComparer.Value(gold, "truncated") is { ValueKind: JsonValueKind.True };
        var lists = new Dictionary<string, ListScore>(StringComparer.Ordinal);
        foreach (var spec in ListSpecs.All.Where(s => ValueComparer.States(gold, s.Key)))
        {
            lists[spec.Key] = ScoreList(spec, spec.Entries(gold), spec.Entries(extracted), truncated, findings);
        }

        return new DocumentScore(name, metadata, lists, findings);
    }

    private static ListScore ScoreList(ListSpec spec, IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> extracted, bool truncated, List<string> findings)
    {
        var pairs = ListMatcher.Match(gold.Count, extracted.Count, spec.Pairing(gold, extracted));
        var excused = truncated ? ListMatcher.BeyondCut(gold.Count, extracted.Count, pairs) : new HashSet<int>();
        var fields = new Dictionary<string, FieldTally>(StringComparer.Ordinal);
        foreach (var (g, e) in pairs.OrderBy(p => p.Gold))
        {
            foreach (var (field, kind) in spec.Fields.Where(f => ValueComparer.States(gold[g], f.Field)))
            {
                var tally = Compare(gold[g], extracted[e], field, kind, $"{spec.Key} '{spec.Label(gold[g])}'.{field}", findings);
                fields[field] = fields.TryGetValue(field, out var existing) ? existing + tally : tally;
            }
        }

        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        var matchedExtracted = pairs.Select(p => p.Extracted).ToHashSet();
        var missed = Enumerable.Range(0, gold.Count).Where(g => !matchedGold.Contains(g)).ToList();
        var extra = Enumerable.Range(0, extracted.Count).Where(e => !matchedExtracted.Contains(e) && !excused.Contains(e)).ToList();
        findings.AddRange(missed.Select(g => $"{spec.Key}: missing '{spec.Label(gold[g])}'"));
        findings.AddRange(extra.Select(e => $"{spec.Key}: extra '{spec.Label(extracted[e])}'"));
        return new ListScore(new ListTally(pairs.Count, extra.Count, missed.Count, excused.Count), fields);
    }

    private static FieldTally Compare(JsonElement gold, JsonElement extracted, string key, ValueKind kind, string label, List<string> findings)
    {
        if (ValueComparer.Equal(gold, extracted, key, kind))
        {
            return FieldTally.Right;
        }

        var value = ValueComparer.Value(extracted, key);
        var expected = gold.TryGetProperty(key, out var stated) ? ValueComparer.Text(stated) : "null";
        findings.Add($"{label}: expected '{expected}', got '{(value is { } v ? ValueComparer.Text(v) : "null")}'");
        return value is null ? FieldTally.MissingValue : FieldTally.WrongValue;
    }
}
