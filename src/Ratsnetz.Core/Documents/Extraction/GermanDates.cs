using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>A date or time found in a line, with its position so callers can look at the words around it.</summary>
internal readonly record struct FoundDate(int Index, int Length, string Iso);

/// <summary>
/// German dates and clock times as council documents write them: "04.11.2021", "4. November 2021", OCR's
/// "08, Dezember 2022" and "05,12,2022", two-digit years, "17.00 Uhr", "17:00 - 18:30 Uhr".
/// </summary>
internal static partial class GermanDates
{
    public static IEnumerable<FoundDate> Dates(string line)
    {
        foreach (Match m in NumericDate().Matches(line))
        {
            var iso = Iso(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);
            if (iso is not null)
            {
                yield return new FoundDate(m.Index, m.Length, iso);
            }
        }

        foreach (Match m in WordDate().Matches(line))
        {
            var month = MonthNumber(m.Groups["m"].Value);
            var iso = month is null ? null : Iso(m.Groups["d"].Value, month, m.Groups["y"].Value);
            if (iso is not null)
            {
                yield return new FoundDate(m.Index, m.Length, iso);
            }
        }
    }

    public static string? FirstDate(string line)
    {
        FoundDate? best = null;
        foreach (var d in Dates(line))
        {
            if (best is null || d.Index < best.Value.Index)
            {
                best = d;
            }
        }

        return best?.Iso;
    }

    /// <summary>"17:30 Uhr", "17.30 Uhr", "17 Uhr" → "17:30"; only with "Uhr" unless <paramref name="bare"/>.</summary>
    public static IEnumerable<(int Index, string Time)> Times(string line, bool bare = false)
    {
        foreach (Match m in (bare ? BareTime() : UhrTime()).Matches(line))
        {
            var t = Time(m.Groups["h"].Value, m.Groups["min"].Success ? m.Groups["min"].Value : "00");
            if (t is not null)
            {
                yield return (m.Index, t);
            }
        }
    }

    /// <summary>"17:00 - 18:30 Uhr", "17.18 - 18.13 Uhr", "von 17 bis 18.30 Uhr".</summary>
    public static (string From, string Until, int Index)? TimeRange(string line)
    {
        var m = Range().Match(line);
        if (!m.Success)
        {
            return null;
        }

        var from = Time(m.Groups["h1"].Value, m.Groups["m1"].Success ? m.Groups["m1"].Value : "00");
        var until = Time(m.Groups["h2"].Value, m.Groups["m2"].Success ? m.Groups["m2"].Value : "00");
        return from is null || until is null ? null : (from, until, m.Index);
    }

    public static string? Time(string hours, string minutes)
    {
        if (!int.TryParse(hours, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || h > 24 || min > 59)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{h:00}:{min:00}");
    }

    private static string? Iso(string day, string month, string year)
    {
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return null;
        }

        if (year.Length == 2)
        {
            y += y < 70 ? 2000 : 1900;
        }

        if (y is < 1946 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}-{d:00}");
    }

    private static string? MonthNumber(string name)
    {
        var n = name.ToLowerInvariant().TrimEnd('.');
        string[] months = ["jan", "feb", "m", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"];
        if (n.StartsWith("mär", StringComparison.Ordinal) || n.StartsWith("mar", StringComparison.Ordinal)
            || n.StartsWith("mae", StringComparison.Ordinal))
        {
            return "3";
        }

        if (n.StartsWith("jän", StringComparison.Ordinal))
        {
            return "1";
        }

        for (var i = 0; i < months.Length; i++)
        {
            if (i != 2 && n.StartsWith(months[i], StringComparison.Ordinal))
            {
                return (i + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d.,/])(?<d>\d{1,2}) ?[.,] ?(?<m>\d{1,2}) ?[.,] ?(?<y>\d{4}|\d{2})(?![\d/]|[.,]\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2}) ?[.,]? ?(?<m>Januar|Jänner|Februar|März|Maerz|Marz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.|Feb\.|Mrz\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.) ?,? ?(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"(?<![\d.:,])(?<h>[012]?\d)(?:[:.](?<min>[0-5]\d))? ?(?:Uhr|h\b)")]
    private static partial Regex UhrTime();

    [GeneratedRegex(@"(?<![\d.:,])(?<h>[012]?\d)[:.](?<min>[0-5]\d)(?![\d.:]\d)")]
    private static partial Regex BareTime();

    [GeneratedRegex(@"(?<![\d.:,])(?<h1>[012]?\d)(?:[:.](?<m1>[0-5]\d))? ?(?:Uhr)? ?(?:-|–|—|bis) ?(?<h2>[012]?\d)(?:[:.](?<m2>[0-5]\d))? ?Uhr")]
    private static partial Regex Range();
}
