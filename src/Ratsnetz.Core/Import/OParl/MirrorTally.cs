namespace Ratsnetz.Import.OParl;

public enum MirrorOutcome
{
    Created,
    Updated,
    Unchanged,
    Deleted,
    Failed,
}

/// <summary>What one run did with the objects of one OParl type.</summary>
public sealed record TypeCounts(int Created, int Updated, int Unchanged, int Deleted, int Failed)
{
    public int Total => Created + Updated + Unchanged + Deleted + Failed;
}

/// <summary>The run's summary: per type, plus the problems a real server causes that never stop a run.</summary>
public sealed record MirrorSummary(
    IReadOnlyDictionary<string, TypeCounts> PerType,
    int Duplicates,
    int BrokenLinks,
    int FailedPages,
    long Requests,
    TimeSpan Elapsed,
    bool Complete,
    bool Resumed)
{
    public int Objects => PerType.Values.Sum(c => c.Total);

    public double ObjectsPerSecond => Elapsed > TimeSpan.Zero ? Objects / Elapsed.TotalSeconds : 0;

    public TypeCounts For(string type) => PerType.GetValueOrDefault(type) ?? new TypeCounts(0, 0, 0, 0, 0);
}

/// <summary>Counts as the run goes; broken links are counted from concurrent downloads, hence the lock.</summary>
public sealed class MirrorTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private int _duplicates;
    private int _brokenLinks;
    private int _failedPages;

    public int Objects { get; private set; }

    public void Count(string type, MirrorOutcome outcome)
    {
        lock (_lock)
        {
            if (!_counts.TryGetValue(type, out var counts))
            {
                _counts[type] = counts = new int[5];
            }

            counts[(int)outcome]++;
            Objects++;
        }
    }

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    public void BrokenLink() => Interlocked.Increment(ref _brokenLinks);

    public void FailedPage() => Interlocked.Increment(ref _failedPages);

    public MirrorSummary Summarize(long requests, TimeSpan elapsed, bool complete, bool resumed)
    {
        lock (_lock)
        {
            var perType = _counts.ToDictionary(p => p.Key, p => new TypeCounts(p.Value[0], p.Value[1], p.Value[2], p.Value[3], p.Value[4]), StringComparer.Ordinal);
            return new MirrorSummary(perType, _duplicates, _brokenLinks, _failedPages, requests, elapsed, complete, resumed);
        }
    }
}
