using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// What a person line says besides the name: role phrases, "ab 17:30 Uhr"/"bis TOP 4", "für ordentl. Mitglied X" or
/// "i.V. Ratsherr X", presence words, a party in brackets, function nouns, "für das Protokoll".
/// </summary>
internal static partial class PersonAttributes
{
    /// <summary>
    /// Reads role, times, substitution, presence, party and function words from <paramref name="text"/> into the
    /// person; returns what it could not read.
    /// </summary>
    public static string Apply(PersonLine person, string text)
    {
        var buffer = text.ToCharArray();
        var original = text;

        if (MinutesNote().Match(original) is { Success: true } note)
        {
            person.Role = Roles.MinuteTaker;
            Blank(buffer, note);
        }

        if (Remark().Match(new string(buffer)) is { Success: true } remark)
        {
            Blank(buffer, remark);
        }

        var sub = Substitute().Match(new string(buffer));
        if (sub.Success && !sub.Groups["explicit"].Success && sub.Groups["off"].Length == 0 && !sub.Groups["member"].Success
            && !sub.Groups["name"].Value.Contains(' ', StringComparison.Ordinal))
        {
            // "für die Berichterstattung": a bare "für" before a single noun is no substitution.
            sub = Match.Empty;
        }

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
            if (g.Length > 0 && !char.IsLower(g[0]))
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

    private static void Blank(char[] buffer, Match m) => Array.Fill(buffer, ' ', m.Index, m.Length);


    [GeneratedRegex(@"\(?\b(?:per\s+)?Video-?[Kk]onferenz\b\)?|\(?\b(?:digital|online|telefonisch)\s+(?:zugeschaltet|teilgenommen)\b\)?|\(?\bzugeschaltet\b\)?")]
    private static partial Regex Remark();

    [GeneratedRegex(@"^(?:Verwaltung|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdministrationWord();

    [GeneratedRegex(@",?\s*\bf\S{1,2}r das Protokoll\b|\bProtokoll(?:f\S{1,2}hrung)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesNote();

    [GeneratedRegex(@"(?:\bf(?:ü|u|ii|li|i|l)r\b|(?<explicit>(?<viv>\bi\.\s?[Vv]\.(?:\s*f(?:ü|u)r\b|\s*f\.)?)|\b(?:in\s+)?Vertretung\s+(?:f(?:ü|u)r\b|von\b|f\.)|\bvertritt\b|\bals Vertreter(?:in)? (?:f(?:ü|u)r|von)\b|\bVertr\.\s*f(?:ü|u)?r?\.?|\bVertreter(?:in)?\s+(?:f(?:ü|u)r|von)\b))\s*(?:(?:das|den|die)\s+)?(?:(?:ordentl\.?|ordentliche[sn]?|stv\.|stellv\.)\s*)?(?<member>(?:Rats)?[Mm]itglied(?:es)?\s+)?(?<off>(?:Herrn?|Frau|Hr\.|Fr\.|Ratsherrn?|Ratsfrau|Stadtr[aä]t(?:in)?|Stadtrat|RM|Rm|sB|SB|sE)\s+)?(?<name>(?:(?:Dr\.|Prof\.)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:von|van|de|zu|der)\s+)?\p{Lu}[\p{L}'’\-]+){0,3})")]
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
