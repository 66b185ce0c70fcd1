namespace Ratsnetz.Bench;

/// <summary>
/// A small deterministic random source (SplitMix64). Each generated object draws from its own stream, derived
/// from the seed, a stream name and the object's index, so a row's content never depends on the order in which
/// tables are written and the same seed gives the same data on every machine and .NET version.
/// </summary>
public struct BenchRandom
{
    private ulong _state;

    public BenchRandom(ulong state)
    {
        _state = state;
    }

    public static BenchRandom For(int seed, BenchStream stream, long index) =>
        new(Mix(Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream) + (ulong)index));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Names the independent random streams; values are arbitrary but must never change (they shape the data).</summary>
public enum BenchStream : ulong
{
    Layout = 1,
    Body = 2,
    Term = 3,
    Location = 4,
    Organization = 5,
    Person = 6,
    Membership = 7,
    Paper = 8,
    Meeting = 9,
    AgendaItem = 10,
    Consultation = 11,
    File = 12,
}
