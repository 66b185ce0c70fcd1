using System.Globalization;

namespace Ratsnetz.Documents.Extraction;

/// <summary>The agenda list being read line by line: current part (public or not), the open item, its title lines.</summary>
internal sealed class ListState(DocumentText doc)
{
    private const int MaxStrayParagraphs = 3;

    private readonly HashSet<string> _partsSeen = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _titleLines = [];
    private bool _public = true;
    private int _itemLine = -1;
    private int _lastLine = -1;
    private string? _number;
    private string? _paper;
    private bool _titleClosed;
    private bool _blank;
    private int _stray;

    public List<Sourced<ExtractedAgendaItem>> Items { get; } = [];

    /// <summary>Reads line <paramref name="i"/>; false when the list is over.</summary>
    public bool Read(int i)
    {
        var line = doc.Lines[i];
        if (line.Length == 0)
        {
            _blank = true;
            return true;
        }

        if (AgendaPatterns.PartHeading(line) is { } pub)
        {
            var key = TextCleaner.Fold(line);
            if ((pub && !_public) || !_partsSeen.Add(key))
            {
                Close();
                return false;
            }

            Close();
            _public = pub;
            return true;
        }

        if (AgendaExtractor.IsTableHeader(doc, i))
        {
            return true;
        }

        if (TryItem(i, line))
        {
            return !Repeats();
        }

        if (_number is not null && AgendaPatterns.IsItemLabel(line))
        {
            _paper ??= AgendaPatterns.LabelledPaper(line);
            _titleClosed = true;
            _lastLine = i;
            _blank = false;
            return true;
        }

        if (_number is not null && !_blank && !_titleClosed && (line.Length < 90 || !AttendanceHeadings.IsProse(line))
            && AgendaPatterns.Heading(line) is null && !EndMarker(line))
        {
            _titleLines.Add(line);
            _lastLine = i;
            return true;
        }

        if (AgendaPatterns.Heading(line) is not null || AttendanceHeadings.EndsList(line) || EndMarker(line))
        {
            Close();
            return false;
        }

        // A stray paragraph (a note under an item, a page header) is skipped; many of them mean the list is over.
        _titleClosed = true;
        _blank = false;
        return ++_stray <= MaxStrayParagraphs;
    }

    public void Finish() => Close();

    public void AddInline(string content, int line)
    {
        var matches = AgendaPatterns.InlineItems(content);
        var previous = 0.0;
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var number = m.Groups["num"].Value;
            var value = double.Parse(number, CultureInfo.InvariantCulture);
            if (value <= previous)
            {
                continue;
            }

            previous = value;
            var titleEnd = k + 1 < matches.Count ? matches[k + 1].Index : content.Length;
            var titleStart = m.Index + m.Length;
            Close();
            Open(number, content[titleStart..titleEnd], null, line);
            _titleClosed = true;
        }

        Close();
    }

    private bool TryItem(int i, string line)
    {
        var cells = AgendaExtractor.RowCells(doc, i);
        if (cells.Length >= 2 && AgendaPatterns.IsNumberCell(cells[0]))
        {
            var rest = cells.Skip(1).Where(c => c.Length > 0).ToList();
            var title = rest.FirstOrDefault(c => !AgendaPatterns.IsPaperCell(c));
            if (title is not null)
            {
                var paper = rest.Skip(rest.IndexOf(title) + 1).FirstOrDefault(AgendaPatterns.IsPaperCell);
                Close();
                Open(cells[0], title, paper is null ? null : AgendaPatterns.LabelledPaper(paper) ?? paper, i);
                return true;
            }
        }

        var m = AgendaPatterns.ItemLine(line);
        if (!m.Success)
        {
            return false;
        }

        Close();
        if (m.Groups["pub"].Success)
        {
            _public = m.Groups["pub"].Value == "Ö";
        }

        Open(m.Groups["num"].Value, m.Groups["title"].Value, null, i);
        return true;
    }

    private void Open(string number, string title, string? paper, int line)
    {
        _number = AgendaPatterns.NormaliseNumber(number.Replace("TOP", string.Empty, StringComparison.Ordinal).TrimStart('Ö', 'N', ' '));
        _paper = paper;
        if (_paper is null && AgendaPatterns.TrailingPaper(title) is { } trailing)
        {
            _paper = trailing.Paper;
            title = trailing.Title;
        }

        var inlinePaper = AgendaPatterns.LabelledPaper(title);
        if (inlinePaper is not null && _paper is null)
        {
            // "Title Vorlage: 2021/123" on one line: the label ends the title.
            _paper = inlinePaper;
            var at = title.IndexOf("Vorlage", StringComparison.OrdinalIgnoreCase);
            title = at > 0 ? title[..at] : title;
        }

        _titleLines.Clear();
        _titleLines.Add(title);
        _itemLine = line;
        _lastLine = line;
        _titleClosed = false;
        _blank = false;
        _stray = 0;
    }

    private void Close()
    {
        if (_number is null)
        {
            return;
        }

        var title = AgendaExtractor.CleanTitle(AgendaExtractor.JoinTitle(_titleLines));
        if (title.Length > 0)
        {
            Items.Add(new Sourced<ExtractedAgendaItem>(new ExtractedAgendaItem(_number, _public, title, _paper), DocumentText.Range(_itemLine, _lastLine)));
        }

        _number = null;
    }

    private bool Repeats()
    {
        // The open item is not in Items yet; a number already listed in the same part means the body has begun.
        return Items.Any(x => x.Value.Number == _number && x.Value.Public == _public) && RemoveOpen();
    }

    private bool RemoveOpen()
    {
        _number = null;
        return true;
    }

    private static bool EndMarker(string line) => line.StartsWith("gez.", StringComparison.Ordinal)
        || line.StartsWith("Verhandelt", StringComparison.Ordinal) || line.StartsWith("Vor Eintritt", StringComparison.Ordinal)
        || line.StartsWith("Beschluss", StringComparison.Ordinal) || line.StartsWith("Protokoll", StringComparison.Ordinal);
}
