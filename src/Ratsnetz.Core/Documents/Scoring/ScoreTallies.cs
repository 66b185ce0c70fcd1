namespace Ratsnetz.Documents.Scoring;

/// <summary>
/// Matched, extra and missed entries of one list. <see cref="Excused"/> counts extracted entries beyond the cut of a
/// truncated gold file: neither right nor wrong.
/// </summary>
public sealed record ListTally(int TruePositives = 0, int FalsePositives = 0, int FalseNegatives = 0, int Excused = 0)
{
    /// <summary>Null when nothing was extracted: precision is undefined, not zero.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Null when the gold list is empty.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    public double? F1 => TruePositives + FalsePositives + FalseNegatives == 0
        ? null
        : 2.0 * TruePositives / ((2.0 * TruePositives) + FalsePositives + FalseNegatives);

    public static ListTally operator +(ListTally a, ListTally b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives, a.Excused + b.Excused);
}

/// <summary>
/// One field over the objects whose gold states it: right, wrong (a different value, including a guess where gold says
/// null) or missing (null where gold has a value). Wrong costs more than missing, so both are kept.
/// </summary>
public sealed record FieldTally(int Stated = 0, int Correct = 0, int Wrong = 0, int Missing = 0)
{
    public double? Accuracy => Stated == 0 ? null : (double)Correct / Stated;

    public static FieldTally Right { get; } = new(1, 1);

    public static FieldTally WrongValue { get; } = new(1, Wrong: 1);

    public static FieldTally MissingValue { get; } = new(1, Missing: 1);

    public static FieldTally operator +(FieldTally a, FieldTally b) =>
        new(a.Stated + b.Stated, a.Correct + b.Correct, a.Wrong + b.Wrong, a.Missing + b.Missing);
}

/// <summary>One list of one document (or summed over documents): entries plus the fields of matched entries.</summary>
public sealed record ListScore(ListTally Entries, IReadOnlyDictionary<string, FieldTally> Fields)
{
    public static ListScore operator +(ListScore a, ListScore b) => new(a.Entries + b.Entries, Sum(a.Fields, b.Fields));

    internal static Dictionary<string, FieldTally> Sum(IReadOnlyDictionary<string, FieldTally> a, IReadOnlyDictionary<string, FieldTally> b)
    {
        var sum = new Dictionary<string, FieldTally>(a, StringComparer.Ordinal);
        foreach (var (key, tally) in b)
        {
            sum[key] = sum.TryGetValue(key, out var existing) ? existing + tally : tally;
        }

        return sum;
    }
}

/// <summary>
/// How one extraction compares with its gold file. Only what the gold states is scored: a list or field missing from
/// the gold file is not counted. <see cref="Findings"/> describes each difference for people improving the extractor.
/// </summary>
public sealed record DocumentScore(
    string Name,
    IReadOnlyDictionary<string, FieldTally> Metadata,
    IReadOnlyDictionary<string, ListScore> Lists,
    IReadOnlyList<string> Findings);

/// <summary>Scores summed over documents (micro-averaged: every entry and field weighs the same).</summary>
public sealed class ScoreSummary
{
    private readonly Dictionary<string, FieldTally> _metadata = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ListScore> _lists = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public IReadOnlyDictionary<string, FieldTally> Metadata => _metadata;

    public IReadOnlyDictionary<string, ListScore> Lists => _lists;

    public void Add(DocumentScore score)
    {
        Documents++;
        foreach (var (key, tally) in score.Metadata)
        {
            _metadata[key] = _metadata.TryGetValue(key, out var existing) ? existing + tally : tally;
        }

        foreach (var (key, list) in score.Lists)
        {
            _lists[key] = _lists.TryGetValue(key, out var existing) ? existing + list : list;
        }
    }

    /// <summary>All metadata fields together: the share of stated fields the extractor got exactly right.</summary>
    public FieldTally MetadataTotal => _metadata.Values.Aggregate(new FieldTally(), (a, b) => a + b);
}
