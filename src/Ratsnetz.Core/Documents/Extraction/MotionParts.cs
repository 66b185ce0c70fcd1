using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Where the parts of a motion are: the request ("Antrag zu beschließen:", "Die Fraktion beantragt:", numbered
/// points, or the first paragraph after the head), its end at "Begründung"/"Sachverhalt", and the head lines above it.
/// </summary>
internal static partial class MotionParts
{
    /// <summary>Index of the first line of the request, or -1.</summary>
    public static int RequestStart(DocumentText doc)
    {
        for (var i = 0; i < doc.Count; i++)
        {
            if (RequestLabel().IsMatch(doc.Lines[i]))
            {
                return doc.NextNonBlank(i + 1);
            }
        }

        for (var i = 0; i < doc.Count; i++)
        {
            if (FirstPoint().IsMatch(doc.Lines[i]) && !IsHeadLine(doc.Lines[i]))
            {
                return i;
            }

            if (JustificationLabel().IsMatch(doc.Lines[i]))
            {
                break;
            }
        }

        // Otherwise the first paragraph that reads as a sentence and is not part of the head.
        for (var i = 0; i < doc.Count; i++)
        {
            var line = doc.Lines[i];
            if (line.Length > 0 && (i == 0 || doc.Lines[i - 1].Length == 0) && !IsHeadLine(line))
            {
                var paragraph = doc.Paragraph(i, out _);
                if (paragraph.Length > 50 && Sentence().IsMatch(paragraph))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Index of the line that starts the justification (or the request's end when it has no label).</summary>
    public static int JustificationLine(DocumentText doc, int from) => Enumerable.Range(Math.Max(0, from), Math.Max(0, doc.Count - from))
        .FirstOrDefault(i => JustificationLabel().IsMatch(doc.Lines[i]) || InlineJustification().IsMatch(doc.Lines[i]), -1);

    /// <summary>Splits "… bereitgestellt. Begründung: Die Stadtteile …" at the label.</summary>
    public static (string Before, string After)? SplitInlineJustification(string text)
    {
        var m = InlineJustification().Match(text);
        return m.Success ? (text[..m.Index].Trim(), text[(m.Index + m.Length)..].Trim()) : null;
    }

    public static string? AfterLabel(string line)
    {
        var m = JustificationLabel().Match(line);
        return m.Success ? line[m.Length..].Trim() : null;
    }

    /// <summary>Lines of a motion's head: the kind, dates, labels, agenda references, the town, printing notes.</summary>
    public static bool IsHeadLine(string line) => HeadLine().IsMatch(line) || GermanDates.FirstDate(line) is not null && line.Length < 80;

    public static bool IsFurniture(string line) => Furniture().IsMatch(line);

    [GeneratedRegex(@"(?:^Antrag\s+zu\s+beschließen|^Beschlussvorschlag|^Beschlussantrag|^Antragstext|^Antrag|^Anträge|möge\s+beschließen|\bbeantragt|\bbeantragen|\bzu\s+beschließen|\bfolgenden\s+Antrag)\s*:\s*$|^(?:Der|Die|Das)\s+\p{L}+\s+möge\s+beschließen\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestLabel();

    [GeneratedRegex(@"^1\s?[.)]\s+\p{Lu}")]
    private static partial Regex FirstPoint();

    [GeneratedRegex(@"^(?:Sachverhalt\s*/\s*)?(?:Begründung|Sachverhalt|Erläuterung(?:en)?)(?:\s*/\s*Begründung)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex JustificationLabel();

    [GeneratedRegex(@"(?<=[.!?]\s*)Begründung\s*:")]
    private static partial Regex InlineJustification();

    [GeneratedRegex(@"[\p{Ll})]\s*[.!?]|[\p{Ll}]\s+[\p{Ll}]+\s+[\p{Ll}]+")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(?:(?:\S+\s+){0,2}(?:Antrag|ANTRAG|Anfrage|Dringlichkeitsantrag|Änderungsantrag|Ergänzungsantrag)\b|TOP\b|Tagesordnungspunkt|STADT\b|Stadt\s+\p{Lu}|Der\s+Oberbürgermeister|Die\s+Oberbürgermeisterin|Gedruckt\b|Vorlage|Eingang|Gremi|Termin|öffentlich|nichtöffentlich|vom\b|eingegangen|\S[^:]{0,30}:\s*\S?|-?\s*\d+\s*-?$|Seite\b|_{3,})")]
    private static partial Regex HeadLine();

    [GeneratedRegex(@"^(?:Seite\s+\d+|-+\s*\d+\s*-+|–\s*\d+\s*–|_{3,}|\d+\s+of\s+\d+|--\s*\d+\s+of\s+\d+\s*--)|Benutzer\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();
}
