using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Reads a person from one line of an attendance list: "Herr Julian Deuse ordentl. Mitglied bis 18:00 Uhr",
/// "Ratsherr Kelich (SPD) i.V. Ratsherr Fink", "| Frau Fatma Uyar", "Herr Dr. Behrendt 50.60".
/// </summary>
internal static partial class PersonLineParser
{
    private const int MaxNameTokens = 5;

    /// <summary>Parses a person line; bare names without salutation or office only when <paramref name="allowBare"/>.</summary>
    public static PersonLine? Parse(string line, bool allowBare)
    {
        line = Decoration().Replace(line, string.Empty);
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || line.Length > 200)
        {
            return null;
        }

        var i = 0;
        string? salutation = null;
        if (Vocabulary.IsSalutation(tokens[0], out var s))
        {
            salutation = s;
            i = 1;
        }

        string? office = null;
        var rest = string.Join(' ', tokens[i..]);
        var om = Vocabulary.MatchOffice(rest + " ");
        if (om.Success)
        {
            office = om.Groups["office"].Value;
            i += office.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            salutation ??= Vocabulary.SalutationOfOffice(office);
        }

        if (salutation is null && office is null && !allowBare)
        {
            return null;
        }

        var nameStart = i;
        var nameTokens = 0;
        while (i < tokens.Length && i - nameStart < MaxNameTokens + 2)
        {
            var t = tokens[i];
            if (Vocabulary.IsAcademicTitle(t))
            {
                i++;
                continue;
            }

            if (Vocabulary.IsNameParticle(t) && nameTokens > 0 && i + 1 < tokens.Length && IsNameToken(tokens[i + 1], false))
            {
                i++;
                continue;
            }

            var trailingComma = t.EndsWith(',') && t.Length > 1;
            var core = trailingComma ? t[..^1] : t;
            if (!IsNameToken(core, nameTokens == 0) || nameTokens >= MaxNameTokens
                || (nameTokens >= 2 && Vocabulary.IsFunctionWord(core)) || (nameTokens >= 1 && Vocabulary.IsRoleOnly(core)))
            {
                break;
            }

            nameTokens++;
            i++;
            if (trailingComma)
            {
                break;
            }
        }

        if (nameTokens == 0)
        {
            return null;
        }

        var name = string.Join(' ', tokens[nameStart..i]).TrimEnd(',');
        if (salutation is null && office is null && (nameTokens < 2 || i < tokens.Length))
        {
            // A bare name must stand alone on its line: anything else is a heading or prose.
            return null;
        }

        var person = new PersonLine { Name = name, NameTokens = nameTokens, Salutation = salutation, Office = office };
        if (office is not null && Vocabulary.IsRoleOnly(office) && Vocabulary.FindRole(office) is { } officeRole)
        {
            // "Vorsitzender Anton Beispiel": a role word before the name is the role, not an office.
            person.Role = officeRole.Role;
            person.Function = officeRole.Function;
        }
        else if (office is not null)
        {
            person.Function = office;
            person.OfficeRole = Vocabulary.RoleOfOffice(office);
        }

        if (i < tokens.Length)
        {
            var leftover = ApplyAttributes(person, string.Join(' ', tokens[i..]));
            if (leftover.Length > 0)
            {
                person.Leftover = leftover;
            }
        }

        return person;
    }

    /// <summary>
    /// Reads role, times, substitution, presence, party and function words from <paramref name="text"/> into the
    /// person; returns what it could not read.
    /// </summary>
    public static string ApplyAttributes(PersonLine person, string text)
    {
        var buffer = text.ToCharArray();
        var original = text;

        if (MinutesNote().Match(original) is { Success: true } note)
        {
            person.Role = Roles.MinuteTaker;
            Blank(buffer, note);
        }

        var sub = Substitute().Match(new string(buffer));
        if (sub.Success)
        {
            person.SubstituteFor = sub.Groups["name"].Value;
            var off = sub.Groups["off"].Value.Trim();
            person.SubstituteSalutation = off.Length == 0 ? null
                : Vocabulary.IsSalutation(off, out var sal) ? sal : Vocabulary.SalutationOfOffice(off);
            person.Role ??= Roles.DeputyMember;
            if (sub.Groups["viv"].Success)
            {
                person.Role = Roles.DeputyMember;
            }

            Blank(buffer, sub);
        }

        ReadTimes(person, buffer);

        var roleText = new string(buffer);
        if (Vocabulary.FindRole(roleText) is { } role)
        {
            person.Role = role.Role == Roles.MinuteTaker || person.Role != Roles.MinuteTaker ? role.Role : person.Role;
            if (role.Function is not null)
            {
                person.Function = role.Function;
            }

            Array.Fill(buffer, ' ', role.Index, role.Length);
        }

        var presence = PresenceWord().Match(new string(buffer));
        if (presence.Success)
        {
            person.Presence = ParsePresence(presence.Value);
            Blank(buffer, presence);
        }

        var party = Parenthesised().Match(new string(buffer));
        if (party.Success)
        {
            var g = SectionWords(person, party.Groups["g"].Value);
            if (g.Length > 0)
            {
                // "(-)" says "no list"; brackets left empty by a substitution already read say nothing.
                person.Group = g.Trim('-', ' ').Length == 0 ? null : g;
                person.InlineGroup = true;
            }

            Blank(buffer, party);
        }

        var leftover = TextCleaner.Collapse(new string(buffer)).Trim(',', ';', ':', '-', '–', ' ');
        var words = leftover.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words.All(Vocabulary.IsFunctionWord))
        {
            person.Function ??= leftover;
            return string.Empty;
        }

        return leftover;
    }

    /// <summary>"(Verwaltung, Protokoll)": section and role words in brackets set the role; the rest is the group.</summary>
    private static string SectionWords(PersonLine person, string bracketed)
    {
        var kept = new List<string>();
        foreach (var piece in bracketed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (AdministrationWord().IsMatch(piece))
            {
                person.Role ??= Roles.Administration;
            }
            else if (MinutesNote().IsMatch(piece) || Vocabulary.FindRole(piece)?.Role == Roles.MinuteTaker)
            {
                person.Role = Roles.MinuteTaker;
            }
            else
            {
                kept.Add(piece);
            }
        }

        return string.Join(", ", kept).Trim();
    }

    public static Presence ParsePresence(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        return w.StartsWith("anwesend", StringComparison.Ordinal) ? Presence.Present
            : w.StartsWith("entschuldigt", StringComparison.Ordinal) ? Presence.Excused
            : Presence.Unexcused;
    }

    /// <summary>A whole value cell that states presence: "anwesend", "entschuldigt", "-----", "-".</summary>
    public static bool IsPresenceCell(string cell) => PresenceCell().IsMatch(cell.Trim());

    private static void ReadTimes(PersonLine person, char[] buffer)
    {
        var text = new string(buffer);
        if (GermanDates.TimeRange(text) is { } range)
        {
            person.From = range.From;
            person.Until = range.Until;
            var m = RangeSpan().Match(text);
            if (m.Success)
            {
                Blank(buffer, m);
            }

            return;
        }

        foreach (Match m in FromUntil().Matches(text))
        {
            var value = m.Groups["top"].Success
                ? "TOP " + m.Groups["top"].Value
                : GermanDates.Time(m.Groups["h"].Value, m.Groups["min"].Success ? m.Groups["min"].Value : "00");
            if (value is null)
            {
                continue;
            }

            if (m.Groups["dir"].Value.StartsWith("ab", StringComparison.OrdinalIgnoreCase))
            {
                person.From = value;
            }
            else
            {
                person.Until = value;
            }

            Blank(buffer, m);
        }
    }

    private static bool IsNameToken(string t, bool first)
    {
        if (!NameToken().IsMatch(t))
        {
            return false;
        }

        // "SPD", "LHH": abbreviations in capitals are parties or units, unless the name itself is written in capitals.
        var letters = t.Count(char.IsLetter);
        return first || letters < 2 || t.Any(char.IsLower) || t.Contains('-', StringComparison.Ordinal);
    }

    private static void Blank(char[] buffer, Match m) => Array.Fill(buffer, ' ', m.Index, m.Length);

    [GeneratedRegex(@"^(?:[|\[\]•·*»>\-–]+\s*|[a-z]\)\s+)+")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’´`\-]*\.?$|^\p{Lu}\.$")]
    private static partial Regex NameToken();

    [GeneratedRegex(@"^(?:Verwaltung|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdministrationWord();

    [GeneratedRegex(@",?\s*\bf\S{1,2}r das Protokoll\b|\bProtokoll(?:f\S{1,2}hrung)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesNote();

    [GeneratedRegex(@"(?:\bf(?:ü|u|ii|li|i|l)r\b|(?<viv>\bi\.\s?V\.)|\bin Vertretung (?:f(?:ü|u)r|von)\b|\bVertretung f(?:ü|u)r\b|\bvertritt\b|\bals Vertreter(?:in)? (?:f(?:ü|u)r|von)\b|\bVertr\.\s*f(?:ü|u)?r?\.?|\bVertreter(?:in)?\s+(?:f(?:ü|u)r|von)\b)\s*(?:(?:das|den|die)\s+)?(?:(?:ordentl\.?|ordentliche[sn]?|stv\.|stellv\.)\s*)?(?:(?:Rats)?[Mm]itglied(?:es)?\s+)?(?<off>(?:Herrn?|Frau|Hr\.|Fr\.|Ratsherrn?|Ratsfrau|Stadtr[aä]t(?:in)?|Stadtrat|RM)\s+)?(?<name>(?:(?:Dr\.|Prof\.)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:von|van|de|zu|der)\s+)?\p{Lu}[\p{L}'’\-]+){0,3})")]
    private static partial Regex Substitute();

    [GeneratedRegex(@"\(?\s*(?:[012]?\d)(?:[:.][0-5]\d)?\s?(?:Uhr)?\s?(?:-|–|—|bis)\s?(?:[012]?\d)(?:[:.][0-5]\d)?\s?Uhr\s*\)?")]
    private static partial Regex RangeSpan();

    [GeneratedRegex(@"\(?\b(?<dir>ab|bis)\s+(?:einschl(?:\.|ießlich)\s+|zu[mr]?\s+|Ende\s+)?(?:(?:TOP|Punkt)\s*(?<top>\d+[a-z]?(?:\.\d+)*)|(?<h>[012]?\d)(?:[:.](?<min>[0-5]\d)\s?(?:Uhr)?|\s?Uhr))\)?", RegexOptions.IgnoreCase)]
    private static partial Regex FromUntil();

    [GeneratedRegex(@"\b(?:un)?entschuldigt\b|\banwesend\b|\babwesend\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresenceWord();

    [GeneratedRegex(@"^(?:(?:un)?entschuldigt|anwesend|abwesend|nicht anwesend|fehlt|[-—–_]+|x)$", RegexOptions.IgnoreCase)]
    private static partial Regex PresenceCell();

    [GeneratedRegex(@"\((?<g>[^()]{1,80})\)|(?<=^|\s)(?<g>[^\s()][^()]{0,60})\)")]
    private static partial Regex Parenthesised();
}
