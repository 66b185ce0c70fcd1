using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>The record of one agenda item in the body of minutes: heading line, then text up to the next item.</summary>
internal sealed record Segment(string? Number, bool Public, int Heading, int Start, int End, string Rest);

/// <summary>
/// Cuts the body of minutes into item records at their headings ("Zu TOP 2.", "Tagesordnungspunkt 1:", "Punkt 1 der
/// Tagesordnung:", "Ö 3"), or at numbered lines that repeat an agenda item ("1. Eröffnung und Begrüßung"), keeping
/// track of the public and non-public parts. A text without headings is one segment without a number.
/// </summary>
internal static partial class ItemSegments
{
    public static List<Segment> Find(DocumentText doc, int from, IReadOnlyList<ExtractedAgendaItem> agenda)
    {
        var heads = new List<(int Line, string Number, bool Public, string Text)>();
        var pub = true;
        var end = doc.Count;
        for (var i = Math.Max(0, from); i < doc.Count; i++)
        {
            var line = doc.Lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (SignatureStart().IsMatch(line))
            {
                end = i;
                break;
            }

            if (SignatureExtractor.IsRoleLine(line) && i > from)
            {
                // Names over a line of roles: the signature block starts with the names.
                end = i - 1;
                while (end > from && doc.Lines[end].Length == 0)
                {
                    end--;
                }

                break;
            }

            if (AgendaPatterns.PartHeading(line) is { } p)
            {
                pub = p;
                continue;
            }

            if (AgendaPatterns.Heading(line) is { } h)
            {
                heads.Add((i, h.Number, h.Public ?? pub, h.Rest));
                continue;
            }

            var m = AgendaPatterns.ItemLine(line);
            if (m.Success && RepeatsAgendaItem(agenda, AgendaPatterns.NormaliseNumber(m.Groups["num"].Value), pub, m.Groups["title"].Value))
            {
                heads.Add((i, AgendaPatterns.NormaliseNumber(m.Groups["num"].Value), pub, string.Empty));
            }
        }

        if (heads.Count == 0 && agenda.Count == 0)
        {
            heads = NumberedHeadings(doc, from, end);
        }

        if (heads.Count == 0)
        {
            return [new Segment(null, true, -1, Math.Max(0, from), end, string.Empty)];
        }

        var segments = new List<Segment>();
        for (var k = 0; k < heads.Count; k++)
        {
            var stop = k + 1 < heads.Count ? heads[k + 1].Line : end;
            segments.Add(new Segment(heads[k].Number, heads[k].Public, heads[k].Line, heads[k].Line + 1, stop, heads[k].Text));
        }

        return segments;
    }

    /// <summary>
    /// Minutes without an agenda list or TOP headings often number their sections ("1. Eröffnung", "2. Bericht"):
    /// short numbered lines after a blank line, counting up, are then the item headings.
    /// </summary>
    private static List<(int Line, string Number, bool Public, string Text)> NumberedHeadings(DocumentText doc, int from, int end)
    {
        var heads = new List<(int Line, string Number, bool Public, string Text)>();
        var expected = 1;
        for (var i = Math.Max(1, from); i < end; i++)
        {
            var line = doc.Lines[i];
            var m = AgendaPatterns.ItemLine(line);
            if (!m.Success || doc.Lines[i - 1].Length > 0 || line.Length > 120 || line.EndsWith('.') || line.EndsWith(','))
            {
                continue;
            }

            var number = AgendaPatterns.NormaliseNumber(m.Groups["num"].Value);
            var major = int.TryParse(number.Split('.')[0], out var n) ? n : -1;
            if (major == expected || (major == expected - 1 && number.Contains('.', StringComparison.Ordinal)))
            {
                heads.Add((i, number, true, m.Groups["title"].Value));
                expected = major + 1;
            }
        }

        return heads.Count >= 2 ? heads : [];
    }

    /// <summary>The agenda as the item headings state it, for minutes without an agenda list.</summary>
    public static List<Sourced<ExtractedAgendaItem>> AgendaFromHeadings(DocumentText doc, IEnumerable<Segment> segments)
    {
        var items = new List<Sourced<ExtractedAgendaItem>>();
        foreach (var s in segments.Where(s => s.Number is not null))
        {
            var lines = new List<string>();
            var paper = AgendaPatterns.IsPaperCell(s.Rest) ? s.Rest : AgendaPatterns.LabelledPaper(s.Rest);
            var last = s.Heading;
            if (s.Rest.Length > 0 && paper is null)
            {
                lines.Add(s.Rest);
            }

            // Without a title on the heading line, the title is the next paragraph; either way it may wrap.
            var i = lines.Count == 0 ? doc.NextNonBlank(s.Start) : s.Start;
            for (; i >= 0 && i < s.End && doc.Lines[i].Length > 0 && lines.Count < 6; i++)
            {
                if (AgendaPatterns.IsItemLabel(doc.Lines[i]))
                {
                    paper ??= AgendaPatterns.LabelledPaper(doc.Lines[i]);
                    last = i;
                    continue;
                }

                if (paper is not null || AttendanceHeadings.IsProse(doc.Lines[i]))
                {
                    break;
                }

                lines.Add(doc.Lines[i]);
                last = i;
            }

            var title = AgendaExtractor.CleanTitle(AgendaExtractor.JoinTitle(lines));
            if (title.Length > 0 && !items.Any(x => x.Value.Number == s.Number && x.Value.Public == s.Public))
            {
                items.Add(new Sourced<ExtractedAgendaItem>(new ExtractedAgendaItem(s.Number!, s.Public, title, paper), DocumentText.Range(s.Heading, last)));
            }
        }

        return items;
    }

    /// <summary>Fills papers the list left open from the item headings ("Zu TOP 3. 146/2021").</summary>
    public static List<Sourced<ExtractedAgendaItem>> AddPapers(List<Sourced<ExtractedAgendaItem>> list, List<Sourced<ExtractedAgendaItem>> fromHeadings)
    {
        return list.Select(item =>
        {
            if (item.Value.Paper is not null)
            {
                return item;
            }

            var match = fromHeadings.FirstOrDefault(h => h.Value.Number == item.Value.Number && h.Value.Public == item.Value.Public);
            return match?.Value.Paper is { } paper ? item with { Value = item.Value with { Paper = paper } } : item;
        }).ToList();
    }

    private static bool RepeatsAgendaItem(IReadOnlyList<ExtractedAgendaItem> agenda, string number, bool pub, string title)
    {
        var item = agenda.FirstOrDefault(a => a.Number == number && a.Public == pub);
        if (item is null)
        {
            return false;
        }

        var a = TextCleaner.Fold(item.Title);
        var b = TextCleaner.Fold(title);
        var n = Math.Min(10, Math.Min(a.Length, b.Length));
        return n >= 4 && a[..n] == b[..n];
    }

    [GeneratedRegex(@"^(?:gez\.|Zur Beurkundung|Für die Richtigkeit|Unterschriften?\s*:?$|Vorsitzende[rn]?\s*:?\s*$|Schriftf\S{1,3}hrer(?:in)?\s*:?\s*$)")]
    private static partial Regex SignatureStart();
}
