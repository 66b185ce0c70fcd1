namespace Ratsnetz.Documents.Extraction;

/// <summary>Value lines and cells that belong to the person above them, and names listed after a label.</summary>
internal sealed partial class AttendanceParser
{
    /// <summary>A table row: the person in the first cell, group, role, times and presence in the others.</summary>
    private bool ParseRow(int index)
    {
        var cells = RowCells(index);
        if (cells.All(c => AttendanceHeadings.IsColumnWord(c)))
        {
            return true;
        }

        var person = PersonLineParser.Parse(cells[0], _bareNames);
        if (person is null || (!_bareNames && person.Salutation is null && person.Office is null && !person.Titled))
        {
            return false;
        }

        Add(person, index);
        foreach (var cell in cells.Skip(1))
        {
            AttachValue(cell, index, forceGroup: true);
        }

        return true;
    }

    /// <summary>A row's non-empty cells: tab, pipe or wide-gap columns, or columns glued together by extraction.</summary>
    private string[] RowCells(int index)
    {
        var cells = doc.Cells[index].Where(c => c.Length > 0).ToArray();
        if (cells.Length >= 2)
        {
            return cells;
        }

        var line = doc.Lines[index];
        if (GluedRow.Split(line) is { } glued)
        {
            return glued;
        }

        return _valuePerLine && GluedRow.HasGluedGroup(line) ? GluedRow.SplitNameAndGroup(line) : [];
    }

    private bool AttachesToLast(string line) => _last is not null && !_roleLinesAreHeadings && !line.EndsWith(':') && Vocabulary.IsRoleOnly(line)
        && !line.Contains("Mitglieder", StringComparison.OrdinalIgnoreCase);

    private bool IsValueLine(string line)
    {
        if (PersonLineParser.Parse(line, allowBare: false) is { Salutation: not null } || (!_valuePerLine && PersonLineParser.Parse(line, false) is not null))
        {
            return false;
        }

        if (PersonAttributes.IsPresenceCell(line) || (Vocabulary.IsRoleOnly(line) && !_roleLinesAreHeadings))
        {
            return true;
        }

        var probe = new PersonLine { Name = "-", NameTokens = 1 };
        var leftover = PersonAttributes.Apply(probe, line);
        var understood = probe.From is not null || probe.Until is not null || probe.SubstituteFor is not null
            || probe.Function is not null || probe.Role is not null;
        return understood && leftover.Length <= line.Length / 3;
    }

    private void AttachValue(string line, int index, bool forceGroup = false)
    {
        var p = _last!.Line;
        p.LastLine = index;
        if (PersonAttributes.IsPresenceCell(line))
        {
            p.Presence = PersonAttributes.ParsePresence(line);
            return;
        }

        var leftover = PersonAttributes.Apply(p, line);
        if ((_valuePerLine || forceGroup) && leftover.Length > 0 && p.Group is null && !p.InlineGroup)
        {
            p.Group = leftover.Trim('(', ')', '-', ' ').Length == 0 ? null : leftover;
            p.InlineGroup = true;
        }
    }

    /// <summary>Names after a label: a comma list, or names run together without separators.</summary>
    private void ParseContent(string content, int index)
    {
        if (content.Contains(',', StringComparison.Ordinal) && ParseCommaList(content, index))
        {
            return;
        }

        var single = PersonLineParser.Parse(content, allowBare: false);
        if (single is not null && single.Leftover is null)
        {
            Add(single, index);
            return;
        }

        foreach (var person in RunOnNames.Split(content))
        {
            Add(person, index);
        }
    }

    private bool ParseCommaList(string content, int index)
    {
        var parts = content.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = parts.Select(p => PersonLineParser.Parse(p, allowBare: true)).ToList();
        var titled = parsed.Count(p => p is { Salutation: not null } or { Office: not null });
        if (parts.Length < 2 || parsed.Count(p => p is not null) < Math.Max(2, parts.Length - 1) || (!_bareNames && titled < 2))
        {
            return false;
        }

        foreach (var p in parsed.OfType<PersonLine>())
        {
            Add(p, index);
        }

        return true;
    }
}
