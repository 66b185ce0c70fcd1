using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>An item heading in the body of minutes: "Zu TOP 3. 146/2021", "Tagesordnungspunkt 1:", "Ö 2.1 …".</summary>
internal readonly record struct ItemHeading(string Number, bool? Public, string Rest);

/// <summary>
/// Patterns of agenda lists and item headings: item numbers (1, 1.1, 3a, OCR "2..2"), part headings ("A. Öffentlicher
/// Teil", "Nichtöffentlicher Teil"), paper references ("Vorlage: 11/1566", "Drucksache Nr.: 11948-14").
/// </summary>
internal static partial class AgendaPatterns
{
    public static string NormaliseNumber(string number)
    {
        var n = number.Replace(" ", string.Empty, StringComparison.Ordinal);
        while (n.Contains("..", StringComparison.Ordinal))
        {
            n = n.Replace("..", ".", StringComparison.Ordinal);
        }

        return n.Trim('.');
    }

    /// <summary>true for "Öffentlicher Teil", false for "Nichtöffentlicher Teil", null for other lines.</summary>
    public static bool? PartHeading(string line)
    {
        var m = Part().Match(line);
        if (!m.Success && line.Length < 80 && SpacedCaps().IsMatch(line))
        {
            // "I. Ö F F E N T L I C H E R T E I L": letter-spaced headings lose their word gaps.
            m = Part().Match(line.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("TEIL", " TEIL", StringComparison.Ordinal));
        }

        return m.Success ? !m.Groups["non"].Success : null;
    }

    /// <summary>"Bericht zur Lage 2023/045": a paper number closing a title line; "Planungen 2021/2022" is a year range.</summary>
    public static (string Title, string Paper)? TrailingPaper(string title)
    {
        var m = TrailingPaperPattern().Match(title);
        if (!m.Success || m.Index == 0)
        {
            return null;
        }

        var paper = m.Groups["p"].Value;
        var parts = paper.Split('/', '-');
        if (parts.Length == 2 && int.TryParse(parts[0], out var a) && int.TryParse(parts[1], out var b)
            && a is >= 1900 and <= 2100 && (b == a + 1 || b == (a + 1) % 100))
        {
            return null;
        }

        return (title[..m.Index].TrimEnd(), paper);
    }

    public static bool IsNumberCell(string cell) => NumberCell().IsMatch(cell.Trim());

    public static bool IsPaperCell(string cell) => PaperCell().IsMatch(cell.Trim());

    /// <summary>The paper reference after a label ("Vorlage: 2019/1301", "(Drucksache Nr.: 11948-14)").</summary>
    public static string? LabelledPaper(string line)
    {
        var m = PaperLabel().Match(line);
        return m.Success ? m.Groups["p"].Value : null;
    }

    /// <summary>A line that qualifies an item instead of continuing its title: presenter, kind of treatment, paper.</summary>
    public static bool IsItemLabel(string line) => ItemLabel().IsMatch(line);

    public static Match ItemLine(string line) => Item().Match(line);

    public static ItemHeading? Heading(string line)
    {
        var m = HeadingPattern().Match(line);
        if (!m.Success)
        {
            return null;
        }

        bool? pub = m.Groups["pub"].Success ? m.Groups["pub"].Value == "Ö" : null;
        return new ItemHeading(NormaliseNumber(m.Groups["num"].Value), pub, m.Groups["rest"].Value.Trim());
    }

    /// <summary>Items written one after another on a single line ("Tagesordnung 1. Eröffnung 2. Bürgerfragestunde").</summary>
    public static MatchCollection InlineItems(string line) => Inline().Matches(line);

    public const string Number = @"\d{1,3}[a-z]?(?:\.{1,2}\d{1,3}[a-z]?)*";

    [GeneratedRegex(@"^(?:[AB]\s*[.):]?\s*|[IV]{1,3}\.\s*)?(?<non>Nicht\s?-?\s?|Nich\s)?[ÖOo]ffentliche[rs]?\s*(?:Teil|Sitzung|Sitzungsteil|Beratung)?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    [GeneratedRegex(@"(?:\p{Lu} ){5,}")]
    private static partial Regex SpacedCaps();

    [GeneratedRegex(@"\s+(?<p>(?:[A-Z]{1,4}/)?\d{1,5}/\d{2,4}(?:/\d{1,4})?|\d{3,6}-\d{2})$")]
    private static partial Regex TrailingPaperPattern();

    [GeneratedRegex(@"^(?:TOP\s*)?(?:Ö|NÖ|N)?\s*" + Number + @"\s?[.:)]?$")]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"^(?:[A-Z]{1,4}[ /-]?)?\d{1,5}(?:[/-]\d{1,5}){1,2}$|^(?:Vorlage|Drucksache|Drs\.?|DS)\s*(?:Nr\.?)?\s*:?\s*\S+$")]
    private static partial Regex PaperCell();

    [GeneratedRegex(@"\b(?:Vorlage|Drucksache|Drs|Vorlagen?-?Nr|Vorl|DS|Beschlussvorlage|Mitteilungsvorlage|Antrag)\.?\s*(?:Nr\.?|Nummer)?\s*:?\s*(?<p>(?:[A-Z]{1,4}[/-]?)?\d[\w/.\-]*\d|\d)(?![\w/])")]
    private static partial Regex PaperLabel();

    [GeneratedRegex(@"^\(?(?:Vorlage|Drucksache|Drs\.|DS\b|Vorl\.|Antrag\s*:|Anträge\s*:|Ergänzungsantrag|Änderungsantrag|Berichterstatter|Referent|Kenntnisnahme|Beschluss|Beratung\b|Empfehlung|Entscheidung|Anhörung|Anlage|Sachverhalt|Bericht\s*:|Federführ|Zuständig|Verantwortlich|Gremium|Status|Ö\s*/\s*N|Einbringer|Antragsteller|Vortrag|Berichterstattung|Anfrage\s*:)|^\p{Lu}[\p{L}\-/]{2,30}\s*:\s", RegexOptions.IgnoreCase)]
    private static partial Regex ItemLabel();

    [GeneratedRegex(@"^(?:TOP\s*)?(?<pub>Ö|NÖ|N)?\s*(?<num>" + Number + @")\s?[.:)]{0,2}\s+(?<title>[\p{L}„""»(\[].*)$")]
    private static partial Regex Item();

    [GeneratedRegex(@"^(?:Zu\s+TOP|TOP|Tagesordnungspunkt|Zu\s+Punkt|Zu|Punkt)\s*(?<pub>Ö|NÖ|N)?\s*(?<num>" + Number + @")(?:\s+der\s+Tagesordnung)?\s?[.:)]{0,2}(?:\s+(?<rest>.*))?$|^(?<pub>Ö|NÖ|N)\s*(?<num>" + Number + @")\s?[.:)]?\s+(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"(?:^|\s)(?<num>\d{1,3}(?:\.\d{1,2})?)\.\s+(?=[\p{Lu}„""])")]
    private static partial Regex Inline();
}
