using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// The meeting room as written: an "Ort:" label, a line "im Sitzungssaal I des Rathauses", or the part of the date
/// line after the date ("am Donnerstag, 18. Januar 2018, Rathaus, Hodlersaal").
/// </summary>
internal static partial class LocationFinder
{
    public static Sourced<string>? Find(DocumentText doc, int headerEnd, (int Line, int AfterDate)? dateAt)
    {
        for (var i = 0; i < headerEnd; i++)
        {
            if (Label().Match(doc.Lines[i]) is { Success: true } m && Clean(m.Groups["v"].Value, requireRoomWord: false) is { } v)
            {
                return new Sourced<string>(v, DocumentText.Range(i, i));
            }
        }

        var from = dateAt?.Line ?? 0;
        for (var i = from; i < headerEnd; i++)
        {
            var line = doc.Lines[i];
            var afterDates = GermanDates.Dates(line).Select(d => d.Index + d.Length).DefaultIfEmpty(0).Max();
            line = line[Math.Min(line.Length, afterDates)..];

            if (!RoomWord().IsMatch(line) || line.Length > 160 || HeaderWord().IsMatch(line))
            {
                continue;
            }

            var room = Clean(line, requireRoomWord: true);
            if (room is not null)
            {
                return new Sourced<string>(room, DocumentText.Range(i, i));
            }
        }

        return null;
    }

    private static string? Clean(string text, bool requireRoomWord)
    {
        var t = TimePrefix().Replace(text, string.Empty);
        t = InPrefix().Replace(t, string.Empty);
        t = t.Trim(' ', ',', ';', ':', '-', '–');
        return t.Length is >= 3 and <= 140 && (!requireRoomWord || RoomWord().IsMatch(t)) ? t : null;
    }

    [GeneratedRegex(@"^(?:Niederschrift|Protokoll|Tagesordnung|Einladung|N i e)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderWord();

    [GeneratedRegex(@"^(?:Ort|Sitzungsort|Tagungsort|Raum|Sitzungsraum|Sitzungssaal)(?:\s*[,/]\s*(?:Ort|Raum))?\s*:\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"saal\b|rathaus|\braum\b|r[äa]ume|zimmer|haus\b|halle\b|\baula\b|\bforum\b|ratstrakt|geb[äa]ude|foyer|schule\b|zentrum\b|videokonferenz|\bonline\b|sitzungssaal|stadthaus|kreishaus|\bSaal\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoomWord();

    [GeneratedRegex(@"^[\s,]*(?:(?:um|ab|von)\s+)?(?:[012]?\d(?:[:.][0-5]\d)?\s?(?:Uhr)?(?:\s?(?:-|–|bis)\s?[012]?\d(?:[:.][0-5]\d)?\s?Uhr)?)?[\s,]*", RegexOptions.IgnoreCase)]
    private static partial Regex TimePrefix();

    [GeneratedRegex(@"^(?:im|in\s+der|in\s+den|in\s+dem|in|Ort)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex InPrefix();
}
