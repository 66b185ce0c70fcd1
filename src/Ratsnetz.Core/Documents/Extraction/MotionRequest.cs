using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// The requested points of a motion ("1. …", "2. …", each with its wrapped lines but without the bullet lists under
/// it), or its first paragraph; and the first sentence of the justification.
/// </summary>
internal static partial class MotionRequest
{
    public static List<string> Read(DocumentText doc, int start, int justification, out int end)
    {
        var stop = justification > start ? justification : doc.Count;
        end = start;
        if (!Point().IsMatch(doc.Lines[start]))
        {
            var paragraph = doc.Paragraph(start, out end);
            var split = MotionParts.SplitInlineJustification(paragraph);
            return [Clean(split?.Before ?? paragraph)];
        }

        var points = new List<List<string>>();
        var inBullets = false;
        for (var i = start; i < stop; i++)
        {
            var line = doc.Lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (MotionParts.IsFurniture(line) || Signed().IsMatch(line))
            {
                break;
            }

            if (Point().Match(line) is { Success: true } pm && int.TryParse(pm.Groups["n"].Value, out var n) && n == points.Count + 1)
            {
                points.Add([line]);
                inBullets = false;
            }
            else if (Bullet().IsMatch(line))
            {
                inBullets = true;
            }
            else if (!inBullets && points.Count > 0)
            {
                points[^1].Add(line);
            }

            end = i;
        }

        return points.Select(p => Clean(TrimOpenSentence(TextCleaner.Join(p)))).ToList();
    }

    public static Sourced<string>? JustificationStart(DocumentText doc, int start, int label)
    {
        if (label >= 0)
        {
            var after = MotionParts.AfterLabel(doc.Lines[label]) ?? MotionParts.SplitInlineJustification(doc.Lines[label])?.After ?? string.Empty;
            var text = after.Length > 0 ? doc.Paragraph(label, out _)[(doc.Paragraph(label, out _).Length - after.Length)..] : string.Empty;
            if (text.Length == 0 && doc.NextNonBlank(label + 1) is var next && next > 0)
            {
                text = doc.Paragraph(next, out _);
                label = next;
            }

            if (text.Length > 0)
            {
                return new Sourced<string>(FirstSentence(text), DocumentText.Range(label, label));
            }
        }

        // No label, or the label stands alone at the end (PDF layout): the first prose after the request.
        if (start < 0)
        {
            return null;
        }

        Read(doc, start, -1, out var end);
        for (var i = end + 1; i < doc.Count; i++)
        {
            var line = doc.Lines[i];
            if (line.Length >= 40 && (i == 0 || doc.Lines[i - 1].Length == 0 || !char.IsUpper(doc.Lines[i - 1].FirstOrDefault()) || doc.Lines[i - 1].Length < 40)
                && !MotionParts.IsFurniture(line) && !Point().IsMatch(line))
            {
                return new Sourced<string>(FirstSentence(ParagraphFrom(doc, i)), DocumentText.Range(i, i));
            }
        }

        return null;
    }

    private static string ParagraphFrom(DocumentText doc, int i) => doc.Paragraph(i, out _);

    private static string FirstSentence(string text)
    {
        var m = SentenceEnd().Match(text);
        return TextCleaner.Collapse(m.Success ? text[..(m.Index + 1)] : text);
    }

    /// <summary>"… deutlich zu erhöhen. Unter anderem werden" (a list follows): the point ends with its last full sentence.</summary>
    private static string TrimOpenSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0 || ".!?:)\"“”".Contains(t[^1], StringComparison.Ordinal))
        {
            return t;
        }

        var last = LastSentenceEnd().Match(t);
        return last.Success ? t[..(last.Index + 1)] : t;
    }

    private static string Clean(string text) => TextCleaner.Collapse(text);

    [GeneratedRegex(@"^(?<n>\d{1,2})\s?[.)]\s+\S")]
    private static partial Regex Point();

    [GeneratedRegex(@"^[-–•»·*]\s")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:unterzeichnet|gez\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Signed();

    [GeneratedRegex(@"(?<=[\p{Ll})""“”])[.!?](?=\s+[\p{Lu}„""]|\s*$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[\p{Ll})""“”])[.!?](?=\s+\p{Lu})", RegexOptions.RightToLeft)]
    private static partial Regex LastSentenceEnd();
}
