using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Table rows whose column gaps text extraction dropped: "Herr AlyouTrain of Hope e.V.anwesend",
/// "Frau KoschmiederAzubi FB 1/IIIanwesend", "Herr HamzaKurdische Kommunikationsgruppe-------". The presence word at
/// the end and the capital that follows a lower-case letter inside the name show where the cells were.
/// </summary>
internal static partial class GluedRow
{
    /// <summary>The row's cells, or null when the line shows no glued presence column.</summary>
    public static string[]? Split(string line)
    {
        var presence = GluedPresence().Match(line);
        if (!presence.Success)
        {
            return null;
        }

        var rest = line[..presence.Index];
        var cells = SplitNameAndGroup(rest);
        return [.. cells, presence.Groups["p"].Value];
    }

    /// <summary>"Herr WestphalFB 1" → ["Herr Westphal", "FB 1"]; a row without a glued boundary stays whole.</summary>
    public static string[] SplitNameAndGroup(string text)
    {
        var boundary = CamelBoundary().Match(text);
        var at = boundary.Index + boundary.Length;
        return boundary.Success && at < text.Length
            ? [text[..at].Trim(), text[at..].Trim()]
            : [text.Trim()];
    }

    /// <summary>True when the name part of a person line has a glued boundary ("WestphalFB").</summary>
    public static bool HasGluedGroup(string text) => CamelBoundary().IsMatch(text);

    [GeneratedRegex(@"(?<=[\p{L}.)\d])(?<p>anwesend|entschuldigt|unentschuldigt|abwesend|-{3,})\s*\|?$")]
    private static partial Regex GluedPresence();

    // A lower-case letter (or closing bracket) directly followed by a capital, after the salutation and the first
    // letters of the name: the end of the name cell.
    [GeneratedRegex(@"^(?:Herr|Frau|Hr\.|Fr\.)\s+(?:\S+\s+)*?\S*?(?:[\p{Ll}]|\))(?=\p{Lu})")]
    private static partial Regex CamelBoundary();
}
