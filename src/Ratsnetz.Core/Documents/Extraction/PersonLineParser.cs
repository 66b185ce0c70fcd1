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
        if (Bracketed().Match(line) is { Success: true } b && Parse(b.Groups["who"].Value + " " + b.Groups["rest"].Value, allowBare) is { } away)
        {
            // "(Ratsherr Jeng) (CDU)": a name in brackets marks a member who was prevented.
            away.Presence = Presence.Prevented;
            return away;
        }

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

        if (salutation is null && office is null && !allowBare && !(tokens.Length > i + 1 && Vocabulary.IsAcademicTitle(tokens[i]) && tokens[i] != "Ing."))
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
                || (nameTokens >= 2 && Vocabulary.IsFunctionWord(core)) || (nameTokens >= 1 && Vocabulary.IsRoleOnly(core))
                || (nameTokens >= 1 && Vocabulary.IsOrganisationWord(core)))
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
        var bare = salutation is null && office is null && !Vocabulary.IsAcademicTitle(tokens[nameStart]);
        if (bare && (nameTokens < 2 || (i < tokens.Length && !FirstNames.Contains(tokens[nameStart]))))
        {
            // A bare name must stand alone on its line, unless a known given name shows it is one ("Max Muster (SPD)");
            // anything else is a heading ("Kamener Migrantenliste (KML)") or prose.
            return null;
        }

        var person = new PersonLine { Name = name, NameTokens = nameTokens, Salutation = salutation, Office = office, Titled = salutation is null && office is null && Vocabulary.IsAcademicTitle(tokens[nameStart]) };
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
            var leftover = PersonAttributes.Apply(person, string.Join(' ', tokens[i..]));
            if (bare && leftover.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3)
            {
                return null;
            }

            if (leftover.Length > 0)
            {
                person.Leftover = leftover;
            }
        }

        return person;
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

    [GeneratedRegex(@"^(?:[|\[\]•·*»>\-–]+\s*|[a-z]\)\s+)+")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^\((?<who>(?:Herr|Frau|" + Vocabulary.OfficeWords + @")\s[^()]{2,60})\)(?<rest>.*)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’´`\-]*\.?$|^\p{Lu}\.$")]
    private static partial Regex NameToken();
}
