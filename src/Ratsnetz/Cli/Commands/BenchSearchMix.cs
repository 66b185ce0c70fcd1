using System.Globalization;

namespace Ratsnetz.Cli.Commands;

/// <summary>One query of the <c>bench search</c> mix: the kind it stands for, the text and the filters of the request.</summary>
internal sealed record BenchSearchQuery(string Kind, string Text, string? Type = null, int? Year = null, int Page = 1)
{
    public string PathAndQuery() =>
        string.Create(CultureInfo.InvariantCulture, $"api/v1/search?q={Uri.EscapeDataString(Text)}")
        + (Type is null ? string.Empty : $"&type={Type}")
        + (Year is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"&year={Year}"))
        + (Page == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"&page={Page}"));
}

/// <summary>
/// The fixed query mix of <c>bench search</c>: what people type into a council search, over the generated vocabulary
/// (topics, names, references of <c>bench generate</c>) and the real file texts mixed in. Each kind is measured on its
/// own, so a slow kind is not hidden in an average.
/// </summary>
internal static class BenchSearchMix
{
    public static readonly IReadOnlyList<BenchSearchQuery> Queries =
    [
        new("word", "Radverkehrskonzept"),
        new("word", "Ehrenamtskarte"),
        new("inflection", "Integrationskonzepte"),
        new("inflection", "Abwassergebühr"),
        new("compound part", "Beleuchtung"),
        new("compound part", "Versorgung"),
        new("umlaut-folded name", "Oeztuerk"),
        new("umlaut-folded name", "Schroeder"),
        new("reference", "146/2021"),
        new("reference", "12/2019"),
        new("phrase", "\"Unterbringung Geflüchteter\""),
        new("typo", "Baumschutzsatzunq"),
        new("typo", "Breitbandausbua"),
        new("filtered", "Klimaschutzkonzept", Type: "paper", Year: 2021),
        new("filtered", "Integrationsrat", Type: "agenda_item"),
        new("later page", "Lärmaktionsplan", Page: 5),
        new("later page", "Sanierung", Page: 3),
        new("real text", "Bebauungsplan"),
        new("real text", "Gemeinderat Stadtbahn"),
    ];

    public static IEnumerable<IGrouping<string, BenchSearchQuery>> ByKind() => Queries.GroupBy(q => q.Kind);
}
