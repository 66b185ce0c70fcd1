using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>A person with the lines they were read from.</summary>
internal sealed record Sourced<T>(T Value, LineRange Lines);

internal sealed record AttendanceResult(
    IReadOnlyList<Sourced<ExtractedPerson>> Attendees,
    IReadOnlyList<Sourced<ExtractedPerson>> Absent,
    int Start,
    int End)
{
    public static AttendanceResult Empty { get; } = new([], [], -1, -1);
}

/// <summary>
/// Finds the attendance list (from "Anwesend"/"Teilnehmer" or an absence heading to where the proceedings begin),
/// parses it and settles each person's group and role from what the line, the headings and the office say.
/// </summary>
internal static partial class AttendanceExtractor
{
    private const int MaxListLines = 400;

    public static AttendanceResult Extract(DocumentText doc)
    {
        var start = -1;
        for (var i = 0; i < doc.Count; i++)
        {
            var kind = AttendanceHeadings.Classify(doc.Lines[i]).Kind;
            if (AttendanceHeadings.StartsList(doc.Lines[i]) && kind is HeadingKind.Present or HeadingKind.Absent)
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return AttendanceResult.Empty;
        }

        var end = Math.Min(doc.Count, start + MaxListLines);
        for (var i = start + 1; i < end; i++)
        {
            var line = doc.Lines[i];
            if (line.Length > 0 && AttendanceHeadings.Classify(line).Kind == HeadingKind.None
                && (AttendanceHeadings.EndsList(line) || IsNumberedItem(line)))
            {
                end = i;
                break;
            }
        }

        var listed = new AttendanceParser(doc, start, end).Parse();
        return Settle(listed, start, end);
    }

    /// <summary>"1. Eröffnung und Begrüßung": an agenda item, unless the list numbers its people ("1. Herr Muster").</summary>
    private static bool IsNumberedItem(string line)
    {
        var m = AgendaPatterns.ItemLine(line);
        return m.Success && !m.Groups["pub"].Success && PersonLineParser.Parse(m.Groups["title"].Value, allowBare: false) is null
            && !AttendanceHeadings.StartsList(m.Groups["title"].Value) && AttendanceHeadings.Classify(m.Groups["title"].Value).Kind == HeadingKind.None;
    }

    private static AttendanceResult Settle(List<ListedPerson> listed, int start, int end)
    {
        // Where most people under a heading carry their own group ("Herr Dr. Beispiel 50.60"), the heading is a
        // section, not their group; the others under it then have no group rather than the section's name.
        var underHeadings = listed.Where(p => p.HeadingGroup is not null).ToList();
        var inlineGroups = underHeadings.Count(p => p.Line.InlineGroup || p.Line.Leftover is not null) * 2 > Math.Max(1, underHeadings.Count);
        TrimSurnameOnlyNames(listed);

        var attendees = new List<Sourced<ExtractedPerson>>();
        var absent = new List<Sourced<ExtractedPerson>>();
        foreach (var p in listed)
        {
            var line = p.Line;
            switch (line.Presence)
            {
                case Presence.Present:
                    p.Absent = false;
                    break;
                case Presence.Excused:
                    (p.Absent, p.Excused) = (true, true);
                    break;
                case Presence.Unexcused:
                    (p.Absent, p.Excused) = (true, false);
                    break;
                case Presence.Prevented:
                    (p.Absent, p.Excused) = (true, null);
                    break;
            }

            var group = line.InlineGroup ? line.Group : line.Leftover ?? (inlineGroups ? null : p.HeadingGroup);
            // Standing in for a superior ("i.V.") in the administration keeps the administration role.
            var role = line.Role == Roles.DeputyMember && p.HeadingRole == Roles.Administration ? Roles.Administration
                : line.Role ?? p.HeadingRole ?? line.OfficeRole
                ?? (line.InlineGroup && line.Group is not null && !p.Absent ? Roles.Member : null);
            var function = line.Function;
            if (p.HeadingFunction is { } hf)
            {
                function = hf.StartsWith('(') ? $"{function} {hf}".Trim() : function ?? hf;
            }

            var person = line.ToPerson(p.Absent ? p.Excused : null) with { Group = group, Role = role, Function = function };
            var target = p.Absent ? absent : attendees;
            Merge(target, new Sourced<ExtractedPerson>(person, DocumentText.Range(line.FirstLine, line.LastLine)));
        }

        AddSubstitutedMembers(listed, attendees, absent);
        return new AttendanceResult(attendees, absent, start, end);
    }

    /// <summary>
    /// Lists that name people by surname only ("Herr Lam") make a longer capitalised run suspicious: in
    /// "Herr Khoshbeen Internetseite LHH" only the first word is the name, the rest is the unit.
    /// </summary>
    private static void TrimSurnameOnlyNames(List<ListedPerson> listed)
    {
        var counts = listed.Where(p => p.Line.Salutation is not null || p.Line.Office is not null)
            .GroupBy(p => Math.Min(p.Line.NameTokens, 3)).OrderByDescending(g => g.Count()).ToList();
        if (counts.Count == 0 || counts[0].Key != 1 || counts[0].Count() < 3)
        {
            return;
        }

        foreach (var p in listed.Where(p => p.Line.NameTokens > 1 && !p.Line.InlineGroup))
        {
            var tokens = p.Line.Name.Split(' ');
            var keep = 0;
            while (keep < tokens.Length && Vocabulary.IsAcademicTitle(tokens[keep]))
            {
                keep++;
            }

            keep++;

            // Without anything after the capitalised run, only an organisation word shows the name has ended
            // ("sE Wille Seniorenbeirat"); "Frau Bokah Tamejani" keeps both words.
            if (p.Line.Leftover is null && (keep >= tokens.Length || !Organisation().IsMatch(tokens[keep])))
            {
                continue;
            }

            p.Line.Name = string.Join(' ', tokens[..keep]);
            p.Line.Leftover = string.Join(' ', tokens[keep..].Append(p.Line.Leftover ?? string.Empty)).Trim();
            p.Line.NameTokens = 1;
        }
    }

    private static void AddSubstitutedMembers(List<ListedPerson> listed, List<Sourced<ExtractedPerson>> attendees, List<Sourced<ExtractedPerson>> absent)
    {
        foreach (var p in listed.Where(p => !p.Absent && p.Line.SubstituteFor is not null && p.HeadingRole != Roles.Administration))
        {
            var name = p.Line.SubstituteFor!;
            if (absent.Any(a => NameMatcher.SamePerson(a.Value.Name, name)) || attendees.Any(a => NameMatcher.SamePerson(a.Value.Name, name)))
            {
                continue;
            }

            var person = new ExtractedPerson { Name = name, Salutation = p.Line.SubstituteSalutation };
            absent.Add(new Sourced<ExtractedPerson>(person, DocumentText.Range(p.Line.FirstLine, p.Line.LastLine)));
        }
    }

    /// <summary>Tables often repeat a name (header column and list): keep one entry with the facts of both.</summary>
    private static void Merge(List<Sourced<ExtractedPerson>> target, Sourced<ExtractedPerson> item)
    {
        var i = target.FindIndex(t => TextCleaner.Fold(t.Value.Name) == TextCleaner.Fold(item.Value.Name));
        if (i < 0)
        {
            target.Add(item);
            return;
        }

        var a = target[i].Value;
        var b = item.Value;
        target[i] = target[i] with
        {
            Value = a with
            {
                Salutation = a.Salutation ?? b.Salutation,
                Group = b.Group ?? a.Group,
                Role = b.Role ?? a.Role,
                Function = a.Function ?? b.Function,
                SubstituteFor = a.SubstituteFor ?? b.SubstituteFor,
                From = a.From ?? b.From,
                Until = a.Until ?? b.Until,
            },
        };
    }

    [GeneratedRegex(@"(?:rat|beirat|ung|schaft|verband|amt|werk|verein|zentrum|stelle|agentur|büro|kammer|bund|dienst|gruppe|initiative|forum|e\.V\.|GmbH|AG|IHK|AWO|VHS)$", RegexOptions.IgnoreCase)]
    private static partial Regex Organisation();
}
