using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

internal enum HeadingKind
{
    None,
    Present,
    Absent,
    Administration,
    Guests,
    Press,
    Role,
    Column,
}

/// <summary>A heading inside an attendance list, with any names written after its colon on the same line.</summary>
internal readonly record struct AttendanceHeading(HeadingKind Kind, string Text, string Content, bool? Excused, string? Role);

/// <summary>
/// Recognises the headings of attendance lists ("Anwesend", "Entschuldigt fehlten", "Von der Verwaltung nehmen
/// teil", "Beratende Mitglieder:") and the lines where the list is over and the proceedings begin.
/// </summary>
internal static partial class AttendanceHeadings
{
    public static bool StartsList(string line)
    {
        // A heading, possibly with names after its colon; never a sentence that happens to start with "entschuldigt".
        var colon = LabelColon().Match(line);
        var label = colon.Success ? line[..colon.Index] : line;
        return label.Length <= 50 && (colon.Success || line.Length <= 60) && !IsProse(label)
            && (PresentHeading().IsMatch(line) || AbsentHeading().IsMatch(line));
    }

    public static AttendanceHeading Classify(string line)
    {
        var text = Enumeration().Replace(line, string.Empty).Trim();
        var first = text.Split(' ', 2)[0];
        if (PersonLineParser.Parse(text, allowBare: FirstNames.Contains(first)) is not null)
        {
            return default;
        }

        var label = text;
        var content = string.Empty;
        var colon = LabelColon().Match(text) is { Success: true } c ? c.Index : -1;
        if (colon > 0 && colon < text.Length - 1)
        {
            label = text[..colon].Trim();
            content = text[(colon + 1)..].Trim();
        }

        label = label.TrimEnd(':', ' ');
        if (label.Length == 0 || label.Length > 90)
        {
            return default;
        }

        if (AbsentHeading().IsMatch(label))
        {
            bool? excused = Unexcused().IsMatch(label) ? false : label.Contains("entschuldigt", StringComparison.OrdinalIgnoreCase) ? true : null;
            return new AttendanceHeading(HeadingKind.Absent, label, content, excused, null);
        }

        if (PresentHeading().IsMatch(label))
        {
            return new AttendanceHeading(HeadingKind.Present, label, content, null, Vocabulary.FindRole(label)?.Role);
        }

        if (AdministrationHeading().IsMatch(label))
        {
            return new AttendanceHeading(HeadingKind.Administration, "Verwaltung", content, null, Roles.Administration);
        }

        if (PressHeading().IsMatch(label))
        {
            return new AttendanceHeading(HeadingKind.Press, label, content, null, Roles.Guest);
        }

        if (GuestHeading().IsMatch(label))
        {
            return new AttendanceHeading(HeadingKind.Guests, label, content, null, Roles.Guest);
        }

        if (ColumnWord().IsMatch(label))
        {
            return new AttendanceHeading(HeadingKind.Column, label, content, null, null);
        }

        if (Vocabulary.FindRole(label) is { } role && label.Split(' ').Length <= 7 && !SubstituteStart().IsMatch(label))
        {
            return new AttendanceHeading(HeadingKind.Role, label, content, null, role.Role);
        }

        return default;
    }

    /// <summary>A table's column title ("Name", "Partei/Liste", "Anwesenheit"), not a heading of the list.</summary>
    public static bool IsColumnWord(string cell) => ColumnWord().IsMatch(cell.Trim().TrimEnd(':')) || PresentHeading().IsMatch(cell.Trim());

    /// <summary>The proceedings begin: agenda, first item, opening remarks, or running prose.</summary>
    public static bool EndsList(string line) => ProceedingsStart().IsMatch(line) || IsProse(line);

    /// <summary>Running text rather than a list entry: many words, many of them lower-case, or a "dass" clause.</summary>
    public static bool IsProse(string line)
    {
        if (line.Contains(" dass ", StringComparison.Ordinal) || line.Contains(", ob ", StringComparison.Ordinal))
        {
            return true;
        }

        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 8)
        {
            return false;
        }

        var lower = tokens.Count(t => char.IsLower(t[0]) && !Vocabulary.IsNameParticle(t));
        return lower * 10 >= tokens.Length * 4;
    }

    [GeneratedRegex(@":(?=\s|$)")]
    private static partial Regex LabelColon();

    [GeneratedRegex(@"^(?:f\S{1,2}r\b|i\.\s?V\.|in\s+Vertretung|Vertretung|als\s+Vertret)", RegexOptions.IgnoreCase)]
    private static partial Regex SubstituteStart();

    [GeneratedRegex(@"^(?:[a-z]\)\s*|\d\.\s+)")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"^(?:Es\s+waren\s+)?(?:Anwesend(?:e|\s+waren|\s+sind)?|Teilnehmer(?:innen)?(?:\s+und\s+Teilnehmerinnen)?|Teilnehmende|Sitzungsteilnehmer\w*|Anwesenheit(?:sliste)?|Präsenz(?:liste)?|Es\s+nahmen\s+teil|Teilnahme)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentHeading();

    [GeneratedRegex(@"^(?:(?:Es\s+)?fehl(?:t|en|ten)\b|(?:un)?entschuldigt\b|Abwesend\b|Nicht\s+anwesend\b|Abwesenheiten\b|Verhindert\b|Es\s+fehlten\b|Abgemeldet\b|Entschuldigungen\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AbsentHeading();

    [GeneratedRegex(@"\b(?:unentschuldigt|nicht\s+entschuldigt|ohne\s+Entschuldigung)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unexcused();

    [GeneratedRegex(@"^(?:(?:von|seitens|aus)\s+der\s+|Vertreter(?:innen)?\s+der\s+)?(?:Stadt)?[Vv]erwaltung\b(?:\s+(?:nehmen|nahmen|waren|sind)\s+(?:teil|anwesend))?", RegexOptions.IgnoreCase)]
    private static partial Regex AdministrationHeading();

    [GeneratedRegex(@"^(?:Gäste|Gast|Als\s+Gäste?|Zuhörer\w*|Weitere\s+Teilnehmer\w*|Sonstige\s+Teilnehmer\w*|Sachverständige\w*|Referent(?:en|in|innen)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex GuestHeading();

    [GeneratedRegex(@"^Presse(?:vertreter\w*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PressHeading();

    [GeneratedRegex(@"^(?:Name|Vorname|Nachname|Name,\s*Vorname|Funktion|Unterschrift|Dienststelle.*|Fraktion|Partei|Partei\s*/\s*Liste|Liste|Fraktion\s*/\s*Gruppe|Gruppe|Bemerkungen?|Status|Gremium|Organisation|Institution|Mitglied|Vertreter\w*|Anwesenheit|Anwesend|Zeit|Uhrzeit|Seite\s+\d+.*|-\s*\d+\s*-)$", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnWord();

    [GeneratedRegex(@"^(?:Tagesordnung\b|TOP\b|Zu\s+TOP\b|Tagesordnungspunkt|Punkt\s+\d+\s+der\s+Tagesordnung|Verhandelt|Sitzungsverlauf|Beratungsverlauf|Er[öo]ffnung\b|[AB]\s*[.)]\s*(?:Nicht\s?-?\s?)?[ÖOo]ffentlich|(?:Nicht\s?-?\s?)?[ÖOo]ffentliche[rs]?\s+(?:Teil|Sitzung)|Beschluss|Der\s+Vorsitzende|Die\s+Vorsitzende|Es\s+wird\s+folgende|Vor\s+Eintritt|Sitzungsdauer|Beginn\b|Ende\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ProceedingsStart();
}
