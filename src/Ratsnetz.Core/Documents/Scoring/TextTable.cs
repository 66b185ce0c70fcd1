using System.Text;

namespace Ratsnetz.Documents.Scoring;

/// <summary>Plain, aligned columns for terminal reports: first column left, the others right-aligned.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public bool IsEmpty => _rows.Count == 0;

    public void WriteTo(StringBuilder output, string indent = "  ")
    {
        var widths = headers.Select((h, i) => _rows.Select(r => i < r.Length ? r[i].Length : 0).Prepend(h.Length).Max()).ToArray();
        Line(output, indent, headers, widths);
        output.Append(indent).AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            Line(output, indent, row, widths);
        }
    }

    private static void Line(StringBuilder output, string indent, string[] cells, int[] widths)
    {
        var padded = widths.Select((w, i) =>
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            return i == 0 ? cell.PadRight(w) : cell.PadLeft(w);
        });
        output.Append(indent).AppendLine(string.Join("  ", padded).TrimEnd());
    }
}
