using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Walks an attendance list line by line. Three layouts are told apart: headings followed by one person per line
/// (role and times inline or on the next lines), one value per line with a presence column ("anwesend",
/// "entschuldigt", "----"), and names run together after a label ("stimmberechtigt: Anna Beispiel Bernd Muster").
/// </summary>
internal sealed partial class AttendanceParser(DocumentText doc, int start, int end)
{
    [GeneratedRegex(@"^(?:[a-z]\)|[a-z]\.|\d{1,2}\.)\s+")]
    private static partial Regex Enumeration();

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
            if (PersonAttributes.IsPresenceCell(line) || doc.Cells[i].Any(PersonAttributes.IsPresenceCell) || GluedRow.Split(line) is not null)
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
        if (!line.Any(char.IsLetterOrDigit) && !PersonAttributes.IsPresenceCell(line))
        {
            return;
        }

        if (RowCells(index) is { Length: >= 2 } && ParseRow(index))
        {
            return;
        }

        if (_last is not null && PersonAttributes.IsPresenceCell(line) && (_valuePerLine || !char.IsUpper(line[0])))
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
        if (person is not null && (_bareNames || person.Salutation is not null || person.Titled || (person.Office is not null && !_valuePerLine)))
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

        if (line.Length <= 80 && !line.EndsWith('.') && !(line.StartsWith('(') && line.EndsWith(')')))
        {
            // Anything else short is a group heading: a party, list or section name as written.
            _group = Enumeration().Replace(line.TrimStart('|', ' '), string.Empty).TrimEnd(':', ' ', '|');
            _role = null;
            _function = null;
            _last = null;
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

    private void Add(PersonLine person, int index)
    {
        person.FirstLine = index;
        person.LastLine = index;
        var listed = new ListedPerson(person, _absent, _excused, _group, _role, _function);
        _people.Add(listed);
        _last = listed;
    }
}
