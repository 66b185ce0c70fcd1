using System.Collections.Concurrent;
using System.Text;

namespace Ratsnetz.OParl.Conformance;

/// <summary>One broken rule: where (the URL that showed it), which rule, and what was seen.</summary>
public sealed record Violation(string Url, string Rule, string Seen)
{
    public override string ToString() => $"[{Rule}] {Url}: {Seen}";
}

/// <summary>
/// Collects violations from a crawl. The crawl goes on after a violation so that one run lists all of them; the
/// test asserts the log is empty and prints it grouped by rule.
/// </summary>
public sealed class Violations
{
    private readonly ConcurrentQueue<Violation> _all = new();

    public int Count => _all.Count;

    public IReadOnlyList<Violation> All => [.. _all];

    public void Add(string url, string rule, string seen) => _all.Enqueue(new Violation(url, rule, seen));

    /// <summary>A report for the assertion message: each rule with its count and the first examples.</summary>
    public string Report(int examplesPerRule = 8)
    {
        var text = new StringBuilder();
        foreach (var rule in _all.GroupBy(v => v.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"{rule.Key}: {rule.Count()} violation(s)");
            foreach (var violation in rule.Take(examplesPerRule))
            {
                text.AppendLine($"  {violation.Url}: {violation.Seen}");
            }
        }

        return text.ToString();
    }
}
