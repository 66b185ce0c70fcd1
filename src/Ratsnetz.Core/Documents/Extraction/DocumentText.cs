using System.Text;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// The document as cleaned lines. Index i is line i + 1 of the input, so provenance line numbers stay true to the
/// original text. <see cref="Lines"/> has white space collapsed; <see cref="Cells"/> keeps table columns apart,
/// because tab stops and wide gaps are often the only trace of a table that PDF or OCR flattened.
/// </summary>
internal sealed class DocumentText
{
    // Large inputs are cut rather than rejected: council documents are far below this, garbage must not hang us.
    private const int MaxChars = 1_500_000;

    private DocumentText(string[] lines, string[][] cells)
    {
        Lines = lines;
        Cells = cells;
    }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<string[]> Cells { get; }

    public int Count => Lines.Count;

    public static DocumentText Parse(string text)
    {
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        var raw = TextCleaner.CleanCharacters(text).Split('\n');
        var lines = new string[raw.Length];
        var cells = new string[raw.Length][];
        for (var i = 0; i < raw.Length; i++)
        {
            var line = TextCleaner.CleanLine(raw[i]);
            cells[i] = SplitCells(line);
            lines[i] = TextCleaner.Collapse(line);
        }

        return new DocumentText(lines, cells);
    }

    public bool IsBlank(int index) => index < 0 || index >= Lines.Count || Lines[index].Length == 0;

    /// <summary>Index of the next non-blank line at or after <paramref name="index"/>, or -1.</summary>
    public int NextNonBlank(int index)
    {
        for (var i = Math.Max(0, index); i < Lines.Count; i++)
        {
            if (Lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The paragraph (run of non-blank lines) starting at <paramref name="index"/>, joined.</summary>
    public string Paragraph(int index, out int lastIndex)
    {
        var sb = new StringBuilder();
        lastIndex = index;
        for (var i = index; i < Lines.Count && Lines[i].Length > 0; i++)
        {
            TextCleaner.AppendJoined(sb, Lines[i]);
            lastIndex = i;
        }

        return sb.ToString();
    }

    public static LineRange Range(int firstIndex, int lastIndex) => new(firstIndex + 1, Math.Max(firstIndex, lastIndex) + 1);

    private static string[] SplitCells(string line)
    {
        if (line.IndexOf('\t', StringComparison.Ordinal) < 0 && line.IndexOf('|', StringComparison.Ordinal) < 0
            && line.IndexOf("   ", StringComparison.Ordinal) < 0)
        {
            return [];
        }

        var parts = new List<string>();
        var sb = new StringBuilder();
        var spaces = 0;
        foreach (var c in line)
        {
            if (c == '\t' || c == '|')
            {
                Flush();
                continue;
            }

            if (c == ' ')
            {
                spaces++;
                continue;
            }

            if (spaces >= 3 && sb.Length > 0)
            {
                Flush();
            }
            else if (spaces > 0 && sb.Length > 0)
            {
                sb.Append(' ');
            }

            spaces = 0;
            sb.Append(c);
        }

        Flush();
        return [.. parts];

        void Flush()
        {
            var cell = sb.ToString().Trim();
            if (cell.Length > 0 || parts.Count > 0)
            {
                parts.Add(cell);
            }

            sb.Clear();
            spaces = 0;
        }
    }
}
