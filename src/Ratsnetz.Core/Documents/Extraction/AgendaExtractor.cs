using System.Text;
using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

internal sealed record AgendaList(List<Sourced<ExtractedAgendaItem>> Items, int End);

/// <summary>
/// Reads the agenda as a list: after "Tagesordnung", under a table header "TOP | Bezeichnung | Vorlage", or (for an
/// agenda document) right after the header. Rows may be tab- or pipe-separated cells, numbered lines whose titles
/// wrap onto following lines, or items run together on one line. The list ends where the proceedings begin or an
/// item number repeats.
/// </summary>
internal static partial class AgendaExtractor
{
    public static AgendaList ReadList(DocumentText doc, int from, bool wholeDocument)
    {
        var start = FindStart(doc, Math.Max(0, from), wholeDocument, out var inline);
        if (start < 0 || start >= doc.Count)
        {
            return new AgendaList([], -1);
        }

        var state = new ListState(doc);
        if (inline is not null)
        {
            state.AddInline(inline, start);
        }

        var end = doc.Count;
        for (var i = wholeDocument && inline is null && !IsListHead(doc, start) ? start : start + 1; i < doc.Count; i++)
        {
            if (!state.Read(i))
            {
                end = i;
                break;
            }
        }

        state.Finish();

        return new AgendaList(state.Items, end);
    }

    /// <summary>Sub-items written as "4.1 Title" lines in a resolution text (an agenda extended during the meeting).</summary>
    public static List<Sourced<ExtractedAgendaItem>> LooseSubitems(DocumentText doc)
    {
        var items = new List<Sourced<ExtractedAgendaItem>>();
        for (var i = 0; i < doc.Count; i++)
        {
            var m = Subitem().Match(doc.Lines[i]);
            if (m.Success)
            {
                var item = new ExtractedAgendaItem(m.Groups["num"].Value, true, CleanTitle(m.Groups["title"].Value), null);
                items.Add(new Sourced<ExtractedAgendaItem>(item, DocumentText.Range(i, i)));
            }
        }

        return items;
    }

    private static int FindStart(DocumentText doc, int from, bool wholeDocument, out string? inline)
    {
        inline = null;
        for (var i = from; i < doc.Count; i++)
        {
            var line = doc.Lines[i];
            if (AgendaPatterns.Heading(line) is not null && !AgendaPatterns.ItemLine(line).Success)
            {
                break;
            }

            if (ListHead().Match(line) is { Success: true } m)
            {
                var rest = line[m.Length..];
                if (AgendaPatterns.InlineItems(rest).Count >= 2)
                {
                    inline = rest;
                }

                return i;
            }

            if (IsTableHeader(doc, i))
            {
                return i;
            }
        }

        return wholeDocument ? from : -1;
    }

    private static bool IsListHead(DocumentText doc, int i) => ListHead().IsMatch(doc.Lines[i]) || IsTableHeader(doc, i);

    public static bool IsTableHeader(DocumentText doc, int i)
    {
        var cells = doc.Cells[i];
        return cells.Length >= 2 && TableFirstCell().IsMatch(cells[0]) && cells.Skip(1).Any(c => TableTitleCell().IsMatch(c));
    }

    /// <summary>The cells of a table row; OCR reads some column rules as brackets ("|3 [Verschiedenes | |").</summary>
    public static string[] RowCells(DocumentText doc, int i)
    {
        var line = doc.Lines[i];
        if (line.StartsWith('|'))
        {
            return line.Replace('[', '|').Replace(']', '|').Split('|').Select(c => c.Trim()).Where((c, k) => k > 0).ToArray();
        }

        return doc.Cells[i];
    }

    public static string CleanTitle(string title)
    {
        var t = title.Trim().TrimEnd('|', '[', ']', ' ');
        return OcrRepair.Words(TextCleaner.Collapse(t));
    }

    /// <summary>Joins the title lines of an item written over several lines.</summary>
    public static string JoinTitle(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var l in lines)
        {
            TextCleaner.AppendJoined(sb, l);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(?<num>\d{1,2}\.\d{1,2})\s+(?<title>\p{Lu}.{5,})$")]
    private static partial Regex Subitem();

    [GeneratedRegex(@"^(?:Tagesordnung|TAGESORDNUNG|Tagesordnung\s+für)\b(?!spunkt)(?:\s*\([^)]*\))?\s*:?")]
    private static partial Regex ListHead();

    [GeneratedRegex(@"^(?:TOP|Nr\.?|Punkt|Lfd\.?\s*Nr\.?|Tagesordnungspunkt|TO-?Punkt)$", RegexOptions.IgnoreCase)]
    private static partial Regex TableFirstCell();

    [GeneratedRegex(@"Bezeichnung|Betreff|Gegenstand|Tagesordnungspunkt|Titel|Thema|Beratungsgegenstand|Inhalt", RegexOptions.IgnoreCase)]
    private static partial Regex TableTitleCell();
}
