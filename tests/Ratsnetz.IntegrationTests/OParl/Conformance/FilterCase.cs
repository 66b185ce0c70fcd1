using System.Globalization;

namespace Ratsnetz.OParl.Conformance;

/// <summary>List parameters and which entries of the unfiltered list they must return.</summary>
public sealed record FilterCase(string Name, IReadOnlyDictionary<string, string> Parameters, Func<ListEntry, bool> Includes)
{
    public bool AllowsDeleted => Parameters.ContainsKey("modified_since");

    public bool OmitsInternal => Parameters.TryGetValue("omit_internal", out var value) && value == "true";

    /// <summary>
    /// Every date filter on its own and one pair (old objects changed since), all split at <paramref name="boundary"/>,
    /// plus omit_internal=true. The boundary is written with a +01:00 offset so the '+' must survive URL encoding.
    /// </summary>
    /// <param name="limit">Also passed with every case (a large data set is walked in fewer pages).</param>
    /// <param name="omitInternal">
    /// Also passed with every case: the date filters combined with omit_internal=true, which spares a large data set
    /// the embedded objects the filter checks do not look at.
    /// </param>
    public static IReadOnlyList<FilterCase> Around(DateTimeOffset boundary, int? limit = null, bool omitInternal = false)
    {
        // Fractional seconds only when the boundary has them (F omits trailing zeros and then the point).
        var at = boundary.ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        var extra = new List<(string, string)>();
        if (limit is { } l)
        {
            extra.Add(("limit", l.ToString(CultureInfo.InvariantCulture)));
        }

        if (omitInternal)
        {
            extra.Add(("omit_internal", "true"));
        }

        return
        [
            new("created_since", Of(extra, ("created_since", at)), e => e.Created >= boundary),
            new("created_until", Of(extra, ("created_until", at)), e => e.Created <= boundary),
            new("modified_since", Of(extra, ("modified_since", at)), e => e.Modified >= boundary),
            new("modified_until", Of(extra, ("modified_until", at)), e => e.Modified <= boundary),
            new("created_until+modified_since", Of(extra, ("created_until", at), ("modified_since", at)), e => e.Created <= boundary && e.Modified >= boundary),
            new("omit_internal", Of([.. extra.Where(e => e.Item1 != "omit_internal")], ("omit_internal", "true")), _ => true),
        ];
    }

    private static Dictionary<string, string> Of(IEnumerable<(string Key, string Value)> extra, params (string Key, string Value)[] parameters) =>
        extra.Concat(parameters).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
