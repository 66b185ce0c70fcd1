namespace Ratsnetz.Bench;

/// <summary>
/// How many objects of each kind a data set of <see cref="Papers"/> papers holds, in the proportions real OParl
/// servers show: meetings ≈ papers/8 (about 11 agenda items each), persons ≈ papers/50, organizations ≈ papers/500
/// (at least 20 per body), about 2.8 files and 1.3 consultations per paper. Up to 25,000 papers make one body
/// (a large city); larger sets are a state's worth of bodies of falling size, as an aggregator holds them.
/// </summary>
public sealed record BenchPlan(int Papers, int Seed, IReadOnlyList<BenchBodyPlan> Bodies)
{
    public const int MaxPapers = 5_000_000;
    private const int PapersPerBody = 25_000;

    public static BenchPlan For(int papers, int seed)
    {
        if (papers is < 1 or > MaxPapers)
        {
            throw new ArgumentOutOfRangeException(nameof(papers), papers, $"Between 1 and {MaxPapers:N0} papers.");
        }

        var bodyCount = Math.Clamp(papers / PapersPerBody, 1, 200);
        // Falling sizes like a state's towns: the first body is a large city, later ones smaller.
        var weights = Enumerable.Range(0, bodyCount).Select(i => 1.0 / (1.0 + (0.08 * i))).ToArray();
        var total = weights.Sum();
        var bodies = new List<BenchBodyPlan>(bodyCount);
        var assigned = 0;
        for (var i = 0; i < bodyCount; i++)
        {
            var share = i == bodyCount - 1 ? papers - assigned : (int)Math.Round(papers * weights[i] / total);
            assigned += share;
            bodies.Add(BenchBodyPlan.For(i, share));
        }

        return new BenchPlan(papers, seed, bodies);
    }

    public int People => Bodies.Sum(b => b.People);

    public int Organizations => Bodies.Sum(b => b.Organizations);

    public int Meetings => Bodies.Sum(b => b.Meetings);

    public int Locations => Bodies.Sum(b => b.Locations);
}

public sealed record BenchBodyPlan(int Index, int Papers, int People, int Organizations, int Meetings, int Locations)
{
    public static BenchBodyPlan For(int index, int papers) => new(
        index,
        papers,
        People: Math.Max(40, papers / 50),
        Organizations: Math.Max(20, papers / 500),
        Meetings: Math.Max(4, papers / 8),
        Locations: Math.Min(40, 3 + (papers / 2_500)));
}
