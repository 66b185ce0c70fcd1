using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

internal sealed record Officers(Sourced<string>? Chair, Sourced<string>? MinuteTaker);

/// <summary>
/// Chair and minute taker: from labels ("Vorsitzender: Oberbürgermeister Dr. Frank Mentrup"), signature blocks
/// ("gez. Özkir" over "Vorsitzender", or names over a line of roles), the attendance roles, and a hand-over in the text
/// ("übergibt den Sitzungsvorsitz an Frau Maas"). Surnames are completed from the attendance list.
/// </summary>
internal static partial class SignatureExtractor
{
    public static Officers Find(DocumentText doc, IReadOnlyList<ExtractedPerson> attendees, int listStart = -1, int listEnd = -1)
    {
        Sourced<string>? chair = null, minutes = null;
        for (var i = 0; i < doc.Count; i++)
        {
            var line = doc.Lines[i];
            if (Label().Match(line) is { Success: true } m && PersonLineParser.Parse(m.Groups["v"].Value, allowBare: true) is { } p)
            {
                Assign(IsChairWord(m.Groups["role"].Value), new Sourced<string>(p.Name, DocumentText.Range(i, i)));
            }
        }

        for (var i = 0; i < doc.Count - 1; i++)
        {
            // Inside the attendance list a role under a name is that person's column, not a signature.
            if (i < listStart || i >= listEnd)
            {
                ReadSignature(doc, i, attendees, Assign);
            }
        }

        chair ??= FromRoles(attendees, Roles.Chair);
        minutes ??= FromRoles(attendees, Roles.MinuteTaker);
        if (chair is null)
        {
            for (var i = 0; i < doc.Count && chair is null; i++)
            {
                if (ChairInText().Match(doc.Lines[i]) is { Success: true } m)
                {
                    chair = new Sourced<string>(m.Groups["name"].Value, DocumentText.Range(i, i));
                }
            }
        }

        return new Officers(Complete(chair, attendees), Complete(minutes, attendees));

        void Assign(bool isChair, Sourced<string> name)
        {
            if (isChair)
            {
                chair ??= name;
            }
            else
            {
                minutes ??= name;
            }
        }
    }

    /// <summary>A line of nothing but signature roles ("Vorsitzender Schriftführerin") under the signers' names.</summary>
    public static bool IsRoleLine(string line)
    {
        var roles = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return roles.Length is > 0 and <= 3 && roles.All(r => SignatureRole().IsMatch(r));
    }

    private static void ReadSignature(DocumentText doc, int i, IReadOnlyList<ExtractedPerson> attendees, Action<bool, Sourced<string>> assign)
    {
        var line = doc.Lines[i];
        var next = doc.NextNonBlank(i + 1);
        if (line.Length == 0 || next < 0 || next - i > 3)
        {
            return;
        }

        if (!IsRoleLine(doc.Lines[next]))
        {
            return;
        }

        var roles = doc.Lines[next].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var names = SplitNames(line, roles.Length, attendees);
        if (names.Count != roles.Length)
        {
            return;
        }

        for (var k = 0; k < roles.Length; k++)
        {
            assign(IsChairWord(roles[k]), new Sourced<string>(names[k], DocumentText.Range(i, next)));
        }
    }

    /// <summary>"gez. Özkir gez. Schulze" or "Aydin Ayyildiz Juditha Siebert" over a line of two roles.</summary>
    private static List<string> SplitNames(string line, int count, IReadOnlyList<ExtractedPerson> attendees)
    {
        var parts = Gez().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0)
            .Select(p => PersonLineParser.Parse(p, allowBare: true)?.Name ?? p).ToList();
        var hadGez = Gez().IsMatch(line);
        if (parts.Count == count && hadGez)
        {
            return parts.All(LooksLikeName) ? parts : [];
        }

        if (count == 1)
        {
            // Without "gez." a single line over a role must read as a full name ("Max Muster", "Frau Dr. Beispiel").
            return PersonLineParser.Parse(line, allowBare: true) is { Leftover: null } p && (p.NameTokens >= 2 || p.Salutation is not null)
                ? [p.Name]
                : [];
        }

        if (parts.Count != 1)
        {
            return [];
        }

        var found = attendees.Select(a => a.Name).Where(n => line.Contains(n, StringComparison.OrdinalIgnoreCase))
            .OrderBy(n => line.IndexOf(n, StringComparison.OrdinalIgnoreCase)).ToList();
        if (found.Count == count)
        {
            return found;
        }

        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length != count * 2 || !tokens.All(t => char.IsUpper(t[0])))
        {
            return [];
        }

        return [.. Enumerable.Range(0, count).Select(k => $"{tokens[2 * k]} {tokens[(2 * k) + 1]}")];
    }

    private static bool LooksLikeName(string s) => s.Length is > 1 and < 60 && char.IsUpper(s[0]) && !s.Any(char.IsDigit);

    private static bool IsChairWord(string role) => !MinutesWord().IsMatch(role);

    private static Sourced<string>? FromRoles(IReadOnlyList<ExtractedPerson> attendees, string role)
    {
        var holders = attendees.Where(a => a.Role == role).ToList();
        return holders.Count == 1 ? new Sourced<string>(holders[0].Name, new LineRange(0, 0)) : null;
    }

    private static Sourced<string>? Complete(Sourced<string>? name, IReadOnlyList<ExtractedPerson> attendees)
    {
        if (name is null)
        {
            return null;
        }

        var full = attendees.Where(a => a.Name.Length > name.Value.Length && NameMatcher.SamePerson(a.Name, name.Value)).ToList();
        return full.Count == 1 ? name with { Value = full[0].Name } : name;
    }

    [GeneratedRegex(@"^(?:Der\s+|Die\s+)?(?<role>Vorsitzende[rn]?|Vorsitz|Sitzungsleitung|Leitung|Schriftf\S{1,3}hrer(?:in)?|Schriftf\S{1,3}hrung|Protokollf\S{1,3}hrer(?:in)?|Protokoll|Protokollf\S{1,3}hrung)\s*:\s*(?<v>\S.{2,80})$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:\(?(?:Ausschuss|Sitzungs)?[Vv]orsitzende[rn]?\)?|\(?(?:Ober)?[Bb][üu]rgermeister(?:in)?\)?|Landr[aä]t(?:in)?|\(?Schriftf\S{1,3}hrer(?:in)?\)?|\(?Protokollf\S{1,3}hrer(?:in)?\)?)$")]
    private static partial Regex SignatureRole();

    [GeneratedRegex(@"Schriftf|Protokoll")]
    private static partial Regex MinutesWord();

    [GeneratedRegex(@"\bgez\.\s*")]
    private static partial Regex Gez();

    [GeneratedRegex(@"\b(?:Ausschussvorsitzende[rn]?|Sitzungsvorsitzende[rn]?)\s+(?:Dr\.\s+)?(?<name>\p{Lu}[\p{L}\-]+)\b|\b(?:Sitzungs)?[Vv]orsitz\s+an\s+(?:Frau|Herrn)\s+(?<name>\p{Lu}[\p{L}\-]+)|(?:^|[.!?]\s+)(?:Der\s+|Die\s+)?Vorsitzende[r]?\s+(?:Herr\s+|Frau\s+)?(?:Dr\.\s+)?(?<name>\p{Lu}\p{Ll}[\p{L}\-]+)(?=\s+\p{Ll})")]
    private static partial Regex ChairInText();
}
