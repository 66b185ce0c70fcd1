using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Minutes without an attendance list (per-item extracts) still show who was there: the chair in the header and
/// everyone who speaks with a party or office in brackets ("Stadträtin Binder (DIE LINKE.)", "Herr Wiederkehr
/// (Hauptamt)").
/// </summary>
internal static partial class MentionedAttendees
{
    public static List<Sourced<ExtractedPerson>> Find(DocumentText doc, int from, Sourced<string>? chair)
    {
        var result = new List<Sourced<ExtractedPerson>>();
        if (chair is not null)
        {
            var line = doc.Lines[Math.Clamp(chair.Lines.First - 1, 0, doc.Count - 1)];
            var label = line.IndexOf(':', StringComparison.Ordinal);
            var parsed = PersonLineParser.Parse(label >= 0 ? line[(label + 1)..].Trim() : chair.Value, allowBare: true);
            var person = new ExtractedPerson
            {
                Name = chair.Value,
                Salutation = parsed?.Salutation,
                Function = parsed?.Office,
                Role = Roles.Chair,
            };
            result.Add(new Sourced<ExtractedPerson>(person, chair.Lines));
        }

        for (var i = Math.Max(0, from); i < doc.Count; i++)
        {
            foreach (Match m in Mention().Matches(doc.Lines[i]))
            {
                var parsed = PersonLineParser.Parse(m.Groups["who"].Value, allowBare: false);
                if (parsed is null || result.Any(r => NameMatcher.SamePerson(r.Value.Name, parsed.Name)))
                {
                    continue;
                }

                var group = m.Groups["group"].Value.Trim();
                var person = new ExtractedPerson
                {
                    Name = parsed.Name,
                    Salutation = parsed.Salutation,
                    Function = parsed.Office,
                    Group = group,
                    Role = AdministrativeUnit().IsMatch(group) ? Roles.Administration : parsed.OfficeRole ?? Roles.Member,
                };
                result.Add(new Sourced<ExtractedPerson>(person, DocumentText.Range(i, i)));
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<who>\b(?:Herr|Frau|Stadtr[aä]t(?:in)?|Ratsherr|Ratsfrau|Gemeinderat|Gemeinderätin|Stadtverordnete[rn]?|(?:Erste[rn]?\s+)?B[üu]rgermeister(?:in)?|Ratsmitglied)\s+(?:Dr\.\s+)?\p{Lu}[\p{L}\-]+)\s+\((?<group>[^()]{1,40})\)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"amt\b|Amt\b|Dezernat|\bDez\.|Referat|Fachbereich|\bFB\b|Büro|Stabsstelle|Abteilung|Verwaltung|\d|Betrieb|Behörde", RegexOptions.IgnoreCase)]
    private static partial Regex AdministrativeUnit();
}
