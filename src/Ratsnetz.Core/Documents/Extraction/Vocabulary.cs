using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>The fixed role vocabulary of the extraction contract.</summary>
internal static class Roles
{
    public const string Chair = "Vorsitz";
    public const string DeputyChair = "stellvertretender Vorsitz";
    public const string Member = "ordentliches Mitglied";
    public const string DeputyMember = "stellvertretendes Mitglied";
    public const string AdvisoryMember = "beratendes Mitglied";
    public const string Administration = "Verwaltung";
    public const string Guest = "Gast";
    public const string MinuteTaker = "Schriftführung";
}

/// <summary>A role phrase found in a person line: the contract role and, where it says more, the words as written.</summary>
internal readonly record struct RolePhrase(string Role, string? Function, int Index, int Length);

/// <summary>
/// Words of council documents: role phrases ("ordentl. Mitglied", "1. stv. Vorsitzende"), office words that precede
/// a name ("Ratsfrau", "Bürgermeister", "Ktabg."), function nouns that follow one ("Amtsleiter"). Patterns tolerate the
/// usual OCR slips on umlauts ("Schriftfihrerin", "Geschéftsfuhrerin").
/// </summary>
internal static partial class Vocabulary
{
    public static RolePhrase? FindRole(string text)
    {
        var m = RolePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Value.Trim();
        if (m.Groups["deputychair"].Success)
        {
            // "1. stv. Vorsitzende" says more than the role: keep it as the function, as the contract's example does.
            var withOrdinal = m.Groups["ord"].Success;
            return new RolePhrase(Roles.DeputyChair, withOrdinal ? words : null, m.Index, m.Length);
        }

        string role = m.Groups["chair"].Success ? Roles.Chair
            : m.Groups["deputy"].Success ? Roles.DeputyMember
            : m.Groups["advisory"].Success ? Roles.AdvisoryMember
            : m.Groups["minutes"].Success ? Roles.MinuteTaker
            : Roles.Member;
        return new RolePhrase(role, null, m.Index, m.Length);
    }

    /// <summary>True when the whole text is nothing but a role phrase (a value cell of its own).</summary>
    public static bool IsRoleOnly(string text)
    {
        var r = FindRole(text);
        return r is { } role && role.Index == 0 && text.Trim().TrimEnd(':').Length <= role.Length + 1;
    }

    /// <summary>Office words written before a name; they give the function and often the salutation.</summary>
    public static Match MatchOffice(string text, int start = 0) => OfficePattern().Match(text, start);

    public static string? SalutationOfOffice(string office)
    {
        var o = office.TrimEnd('.').Trim();
        if (o.EndsWith("frau", StringComparison.OrdinalIgnoreCase) || o.EndsWith("in", StringComparison.Ordinal)
            || o.EndsWith("ordnete", StringComparison.Ordinal) || o.EndsWith("sitzende", StringComparison.Ordinal))
        {
            return "Frau";
        }

        if (o.EndsWith("herr", StringComparison.OrdinalIgnoreCase) || o.EndsWith("er", StringComparison.Ordinal)
            || o.EndsWith("rat", StringComparison.Ordinal) || o.EndsWith("ent", StringComparison.Ordinal)
            || o.EndsWith("tor", StringComparison.Ordinal))
        {
            return "Herr";
        }

        return null;
    }

    /// <summary>Offices that make their holder a council member; administrative offices give "Verwaltung".</summary>
    public static string? RoleOfOffice(string office)
    {
        if (CouncillorOffice().IsMatch(office))
        {
            return Roles.Member;
        }

        return AdministrativeOffice().IsMatch(office) ? Roles.Administration : null;
    }

    /// <summary>A capitalised noun naming a job ("Amtsleiter", OCR'd "Geschéftsfuhrerin"), not a surname.</summary>
    public static bool IsFunctionWord(string token) => FunctionWord().IsMatch(token);

    /// <summary>A long noun naming an organisation or unit ("Seniorenbeirat", "Wirtschaftsförderung"), never a surname.</summary>
    public static bool IsOrganisationWord(string token) => token.Length >= 9 && OrganisationWord().IsMatch(token);

    public static bool IsSalutation(string token, out string salutation)
    {
        switch (token)
        {
            case "Herr" or "Herrn" or "Hr." or "Hr" or "HERR" or "Herr." or "Herm":
                salutation = "Herr";
                return true;
            case "Frau" or "Fr." or "FRAU" or "Frau.":
                salutation = "Frau";
                return true;
            default:
                salutation = string.Empty;
                return false;
        }
    }

    public static bool IsAcademicTitle(string token) => AcademicTitle().IsMatch(token);

    public static bool IsNameParticle(string token) => token is "von" or "van" or "de" or "der" or "den" or "zu" or "zur"
        or "vom" or "ten" or "ter" or "da" or "di" or "del" or "la" or "le" or "el" or "al" or "bin" or "ibn" or "dos" or "do";

    [GeneratedRegex(@"(?<deputychair>(?<ord>\d\.\s*)?(?:stv|stellv|stellvertr)\.?\s*Vorsitz\w*|stellvertretende[rn]?\s+Vorsitz\w*)|(?<chair>\b(?:Ausschuss|Sitzungs)?[Vv]orsitz(?:ende[rn]?)?\b)|(?<deputy>\b(?:stv|stellv|stellvertr)\.?\s*Mitglied\w*|\bstellvertretende[sr]?\s+Mitglied\w*|\bStellvertreter(?:in)?\b)|(?<advisory>\bberatende[sr]?\s+Mitglied\w*|\bGrundmandat\b|\bMitglied\w*\s+ohne\s+Stimmrecht\b)|(?<minutes>\bSchriftf\S{1,3}hr(?:er(?:/?in)?|ung)\b|\bProtokollf\S{1,3}hr(?:er(?:/?in)?|ung)\b|\bf\S{1,2}r das Protokoll\b|^Protokoll$)|(?<member>\bordentl(?:\.|iche[sr]?)?\s*Mitglied\w*|\bstimmberechtigt(?:e[sr]?)?(?:\s+Mitglied\w*)?|^(?:Ausschuss|Rats|Beirats)?[Mm]itglieder$)", RegexOptions.IgnoreCase)]
    private static partial Regex RolePattern();

    /// <summary>Offices and their usual abbreviations, as written before a name.</summary>
    public const string OfficeWords = @"(?:(?:Erste[rn]?|Zweite[rn]?|Dritte[rn]?|\d\.|stv\.|stellv\.|stellvertretende[rn]?)\s+)?(?:Ratsherr|Ratsfrau|Ratsmitglied|RM|Rm|sB|SB|sE|s\.\s?B\.|Stadtr[aä]t(?:in)?|StR(?:in)?|Stadtverordnete[rn]?|Gemeindevertreter(?:in)?|Gemeinder[aä]t(?:in)?|Kreistagsabgeordnete[rn]?|Kreistagsmitglied|Ktabg\.|Abg\.|Bezirksvertreter(?:in)?|Bezirksverordnete[rn]?|(?:Ober|Bezirks|Orts)?[Bb][üu]rgermeister(?:in)?|BM|Bgm\.|OB|Beigeordnete[rn]?|Beig\.|Landr[aä]t(?:in)?|Ortsvorsteher(?:in)?|Bezirksvorsteher(?:in)?|Dezernent(?:in)?|Stadtdirektor(?:in)?|Kreisdirektor(?:in)?|(?:Stadt|Kreis)?[Kk][äa]mmerer(?:in)?|Amtsleiter(?:in)?|Fachbereichsleiter(?:in)?|Fachdienstleiter(?:in)?|Abteilungsleiter(?:in)?|Sachgebietsleiter(?:in)?|Bereichsleiter(?:in)?|Teamleiter(?:in)?|Sachkundige[rn]?\s+(?:B[üu]rger|Einwohner)(?:in)?|MA|Mitarbeiter(?:in)?|Integrationsbeauftragte[rn]?|Gleichstellungsbeauftragte[rn]?|(?:Ausschuss|Sitzungs)?[Vv]orsitzende[rn]?|Fraktionsvorsitzende[rn]?|Ausschussmitglied|Integrationsratsmitglied|Mitglied|Stv\.|StV\.)";

    [GeneratedRegex(@"\G(?<office>" + OfficeWords + @")(?=\s)")]
    private static partial Regex OfficePattern();

    [GeneratedRegex(@"^(?:.*\s)?(?:Ratsherr|Ratsfrau|Ratsmitglied|RM|Rm|sB|SB|sE|Stadtr[aä]t(?:in)?|Stadtverordnete[rn]?|Gemeindevertreter(?:in)?|Gemeinder[aä]t(?:in)?|Kreistagsabgeordnete[rn]?|Kreistagsmitglied|Ktabg\.|Abg\.|Bezirksvertreter(?:in)?|Bezirksverordnete[rn]?|B[üu]rgermeister(?:in)?|Sachkundige[rn]?\s+\w+)$")]
    private static partial Regex CouncillorOffice();

    [GeneratedRegex(@"(?:Dezernent|direktor|k[äa]mmerer|leiter|^MA$|Mitarbeiter|beauftragte)", RegexOptions.IgnoreCase)]
    private static partial Regex AdministrativeOffice();

    [GeneratedRegex(@"^\p{Lu}\p{L}*(?:leiter|f\S{1,2}hrer|ordnete|bearbeiter|referent|beauftragte|dezernent|direktor|sekret\S?r|mitarbeiter|k\S?mmerer|vorsitzende|assistent|berater|pr\S?sident|sprecher|koordinator|manager|planer|verwalter|inspektor|angestellte|praktikant|vertreter|vorsteher|b\S?rgermeister|amtsr\S?t|stadtr\S?t|landr\S?t|protokoll|f\S?hrung)(?:in|innen|er|r|n)?$|^(?:Ratsherr|Ratsfrau|MA|Presse|Gast|Verwaltung|Beigeordnete[rn]?|Geschäftsführung|Sekretariat)$", RegexOptions.IgnoreCase)]
    private static partial Regex FunctionWord();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:rat|beirat|ung|schaft|verband|amt|werk|verein|zentrum|stelle|agentur|kammer|bund|dienst|gruppe|initiative|gemeinde|ausschuss)$")]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"^(?:Dr\.|Prof\.|Dres\.|Dipl\.-?\p{L}+\.?|Mag\.|PD|med\.|rer\.|nat\.|phil\.|jur\.|h\.c\.|Ing\.)$")]
    private static partial Regex AcademicTitle();
}
