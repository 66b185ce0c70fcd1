namespace Ratsnetz.Documents.Extraction;

/// <summary>A parsed list entry with the list context it was found in.</summary>
internal sealed class ListedPerson(PersonLine line, bool absent, bool? excused, string? headingGroup, string? headingRole, string? headingFunction)
{
    public PersonLine Line { get; } = line;

    public bool Absent { get; set; } = absent;

    public bool? Excused { get; set; } = excused;

    public string? HeadingGroup { get; } = headingGroup;

    public string? HeadingRole { get; } = headingRole;

    public string? HeadingFunction { get; } = headingFunction;
}

/// <summary>
/// Walks an attendance list line by line. Three layouts are told apart: headings followed by one person per line
/// (role and times inline or on the next lines), one value per line with a presence column ("anwesend",
/// "entschuldigt", "----"), and names run together after a label ("stimmberechtigt: Anna Beispiel Bernd Muster").
/// </summary>
internal sealed class AttendanceParser(DocumentText doc, int start, int end)
{
    private readonly List<ListedPerson> _people = [];
    private bool _absent;
    private bool? _excused;
    private string? _group;
    private string? _role;
    private string? _function;
    private ListedPerson? _last;
    private bool _valuePerLine;
    private bool _bareNames;
    private bool _roleLinesAreHeadings;

    public List<ListedPerson> Parse()
    {
        DetectLayout();
        for (var i = start; i < end; i++)
        {
            var line = doc.Lines[i];
            if (line.Length > 0)
            {
                ParseLine(line, i);
            }
        }

        return _people;
    }

    private void DetectLayout()
    {
        int presenceCells = 0, titled = 0;
        for (var i = start; i < end; i++)
        {
            var line = doc.Lines[i];
            if (PersonLineParser.IsPresenceCell(line) || doc.Cells[i].Any(PersonLineParser.IsPresenceCell))
            {
                presenceCells++;
            }
            else if (PersonLineParser.Parse(line, allowBare: false) is not null)
            {
                titled++;
            }
        }

        _valuePerLine = presenceCells >= 3;
        _bareNames = titled == 0;

        // A role word alone on a line is a column value ("Vorsitzender" under the name) when names come first, and a
        // section heading ("Vorsitz", then the name) when the list opens with one.
        for (var i = start + 1; i < end; i++)
        {
            var line = doc.Lines[i];
            if (line.Length > 0 && !line.EndsWith(':') && Vocabulary.IsRoleOnly(line))
            {
                _roleLinesAreHeadings = true;
                break;
            }

            if (PersonLineParser.Parse(line, allowBare: false) is not null)
            {
                break;
            }
        }
    }

    private void ParseLine(string line, int index)
    {
        if (!line.Any(char.IsLetter) && !PersonLineParser.IsPresenceCell(line))
        {
            return;
        }

        if (doc.Cells[index].Count(c => c.Length > 0) >= 2 && ParseRow(index))
        {
            return;
        }

        if (_last is not null && PersonLineParser.IsPresenceCell(line) && (_valuePerLine || !char.IsUpper(line[0])))
        {
            AttachValue(line, index);
            return;
        }

        var heading = AttendanceHeadings.Classify(line);
        if (heading.Kind != HeadingKind.None && !(heading.Kind == HeadingKind.Role && AttachesToLast(line)))
        {
            ApplyHeading(heading, index);
            return;
        }

        if (_last is not null && IsValueLine(line))
        {
            AttachValue(line, index);
            return;
        }

        if (line.Contains(", ", StringComparison.Ordinal) && ParseCommaList(line, index))
        {
            return;
        }

        var person = PersonLineParser.Parse(line, _bareNames);
        if (person is not null && (_bareNames || person.Salutation is not null || (person.Office is not null && !_valuePerLine)))
        {
            if (_bareNames && person.Salutation is null && person.Office is null && person.NameTokens >= 4)
            {
                ParseContent(line, index);
                return;
            }

            Add(person, index);
            return;
        }

        if (line.Contains(',', StringComparison.Ordinal) && ParseCommaList(line, index))
        {
            return;
        }

        if (_valuePerLine && _last is not null && !line.EndsWith(':'))
        {
            AttachValue(line, index);
            return;
        }

        if (line.Length <= 80 && !line.EndsWith('.'))
        {
            // Anything else short is a group heading: a party, list or section name as written.
            _group = line.TrimStart('|', ' ').TrimEnd(':', ' ');
            _role = null;
            _function = null;
            _last = null;
        }
    }

    /// <summary>A table row: the person in the first cell, group, role, times and presence in the others.</summary>
    private bool ParseRow(int index)
    {
        var cells = doc.Cells[index].Where(c => c.Length > 0).ToArray();
        if (cells.All(c => AttendanceHeadings.IsColumnWord(c)))
        {
            return true;
        }

        var person = PersonLineParser.Parse(cells[0], _bareNames);
        if (person is null || (!_bareNames && person.Salutation is null && person.Office is null))
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

    private bool AttachesToLast(string line) => _last is not null && !_roleLinesAreHeadings && !line.EndsWith(':') && Vocabulary.IsRoleOnly(line)
        && !line.Contains("Mitglieder", StringComparison.OrdinalIgnoreCase);

    private bool IsValueLine(string line)
    {
        if (PersonLineParser.Parse(line, allowBare: false) is { Salutation: not null } || (!_valuePerLine && PersonLineParser.Parse(line, false) is not null))
        {
            return false;
        }

        if (PersonLineParser.IsPresenceCell(line) || (Vocabulary.IsRoleOnly(line) && !_roleLinesAreHeadings))
        {
            return true;
        }

        var probe = new PersonLine { Name = "-", NameTokens = 1 };
        var leftover = PersonLineParser.ApplyAttributes(probe, line);
        var understood = probe.From is not null || probe.Until is not null || probe.SubstituteFor is not null
            || probe.Function is not null || probe.Role is not null;
        return understood && leftover.Length <= line.Length / 3;
    }

    private void AttachValue(string line, int index, bool forceGroup = false)
    {
        var p = _last!.Line;
        p.LastLine = index;
        if (PersonLineParser.IsPresenceCell(line))
        {
            p.Presence = PersonLineParser.ParsePresence(line);
            return;
        }

        var leftover = PersonLineParser.ApplyAttributes(p, line);
        if ((_valuePerLine || forceGroup) && leftover.Length > 0 && p.Group is null && !p.InlineGroup)
        {
            p.Group = leftover.Trim('(', ')', '-', ' ').Length == 0 ? null : leftover;
            p.InlineGroup = true;
        }
    }

    private void ApplyHeading(AttendanceHeading heading, int index)
    {
        switch (heading.Kind)
        {
            case HeadingKind.Absent:
                (_absent, _excused, _group, _role, _function) = (true, heading.Excused, null, null, null);
                break;
            case HeadingKind.Present:
                (_absent, _excused, _group, _role, _function) = (false, null, null, heading.Role, null);
                break;
            case HeadingKind.Administration:
                (_group, _role, _function) = ("Verwaltung", Roles.Administration, null);
                break;
            case HeadingKind.Guests:
                (_group, _role, _function) = (heading.Text, Roles.Guest, null);
                break;
            case HeadingKind.Press:
                (_group, _role, _function) = (null, Roles.Guest, heading.Text);
                break;
            case HeadingKind.Role:
                (_group, _role) = (null, heading.Role);
                _function = heading.Text.Contains("Grundmandat", StringComparison.OrdinalIgnoreCase) ? "(Grundmandat)" : null;
                break;
            case HeadingKind.Column or HeadingKind.None:
                return;
        }

        _last = null;
        if (heading.Content.Length > 0)
        {
            ParseContent(heading.Content, index);
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
        if (parts.Length < 2 || parsed.Count(p => p is not null) < parts.Length - 1 || (!_bareNames && titled < 2))
        {
            return false;
        }

        foreach (var p in parsed.OfType<PersonLine>())
        {
            Add(p, index);
        }

        return true;
    }

    private void Add(PersonLine person, int index)
    {
        person.FirstLine = index;
        person.LastLine = index;
        var listed = new ListedPerson(person, _absent, _excused, _group, _role, _function);
        _people.Add(listed);
        _last = listed;
    }
}
