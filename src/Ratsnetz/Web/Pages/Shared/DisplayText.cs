using System.Globalization;
using Microsoft.Extensions.Localization;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Web.Pages.Shared;

/// <summary>
/// How dates, times, sizes and enum values read in the current interface language. Formats come from the
/// resources, so German and English each read naturally ("Donnerstag, 4. November 2021", "18:05–19:50 Uhr").
/// </summary>
public static class DisplayText
{
    /// <summary>
    /// The lang attribute for record content (titles, names, minutes), which is German whatever the interface
    /// language is; null (attribute omitted) when the page itself is German.
    /// </summary>
    public static string? RecordLang => IsGermanUi ? null : "de";

    public static string UiLang => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static bool IsGermanUi => UiLang == "de";

    public static string LongDate(this IStringLocalizer t, DateOnly date) => date.ToString(t["Format_LongDate"].Value, CultureInfo.CurrentCulture);

    public static string ShortDate(this IStringLocalizer t, DateOnly date) => date.ToString(t["Format_ShortDate"].Value, CultureInfo.CurrentCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoDateTime(DateOnly date, TimeOnly? time) =>
        time is { } t ? $"{IsoDate(date)}T{t.ToString("HH:mm", CultureInfo.InvariantCulture)}" : IsoDate(date);

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"18:05–19:50 Uhr", "ab 18:05 Uhr", "bis 19:50 Uhr", or null when no time is known.</summary>
    public static string? TimeRange(this IStringLocalizer t, TimeOnly? start, TimeOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => t["Time_Range", Clock(s), Clock(e)].Value,
        ({ } s, null) => t["Time_From", Clock(s)].Value,
        (null, { } e) => t["Time_Until", Clock(e)].Value,
        _ => null,
    };

    /// <summary>The localized name of an enum value, from the resource key "TypeName_Value".</summary>
    public static string Label<TEnum>(this IStringLocalizer t, TEnum value)
        where TEnum : struct, Enum => t[$"{typeof(TEnum).Name}_{value}"].Value;

    /// <summary>The explicit name of a meeting or "2. Sitzung" (which reads the same in any record).</summary>
    public static string MeetingTitle(this IStringLocalizer t, MeetingSummary meeting) =>
        meeting.Name ?? (meeting.SessionNumber is { } number ? t["Meeting_Numbered", number].Value : t["Meeting_Unnumbered"].Value);

    public static string Period(this IStringLocalizer t, DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => t["Period_Range", t.ShortDate(s), t.ShortDate(e)].Value,
        ({ } s, null) => t["Period_Since", t.ShortDate(s)].Value,
        (null, { } e) => t["Period_Until", t.ShortDate(e)].Value,
        _ => t["Period_Unknown"].Value,
    };

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{Math.Max(1, bytes / 1024)} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB"),
    };

    /// <summary>A short, human name for common document formats.</summary>
    public static string Format(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/pdf" => "PDF",
        "text/plain" => "TXT",
        "text/html" => "HTML",
        "application/msword" => "DOC",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
        "application/vnd.oasis.opendocument.text" => "ODT",
        var other when other.StartsWith("image/", StringComparison.Ordinal) => other[6..].ToUpperInvariant(),
        var other => other,
    };

    /// <summary>
    /// Splits record text into paragraphs (blank lines) of lines, and each line into runs, where odd runs were
    /// marked **bold** in the record (minutes set speakers' names that way). The view encodes every run.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string[]>> Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => (IReadOnlyList<string[]>)p.Split('\n').Select(Runs).ToList())
            .ToList();
    }

    // An unpaired marker is printed as written rather than making the rest of the line bold.
    private static string[] Runs(string line)
    {
        var runs = line.TrimEnd().Split("**");
        return runs.Length % 2 == 1 ? runs : [line.TrimEnd()];
    }
}
