using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// "Label: value" facts of a form-like header. PDF extraction often separates a column of labels from the column
/// of values ("Gremium:", "Termin:", "TOP:" followed by "63. Plenarsitzung Gemeinderat", "19.05.2009", "3"); such runs
/// are paired up in order.
/// </summary>
internal static partial class LabelValues
{
    public static Dictionary<string, Sourced<string>> Read(DocumentText doc, int end)
    {
        var values = new Dictionary<string, Sourced<string>>(StringComparer.OrdinalIgnoreCase);
        var pendingLabels = new List<string>();
        for (var i = 0; i < Math.Min(end, doc.Count); i++)
        {
            var line = doc.Lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (LabelOnly().Match(line) is { Success: true } lo)
            {
                pendingLabels.Add(Key(lo.Groups["l"].Value));
                continue;
            }

            if (pendingLabels.Count > 0)
            {
                var key = pendingLabels[0];
                pendingLabels.RemoveAt(0);
                values.TryAdd(key, new Sourced<string>(line, DocumentText.Range(i, i)));
                continue;
            }

            foreach (Match m in Inline().Matches(line))
            {
                values.TryAdd(Key(m.Groups["l"].Value), new Sourced<string>(m.Groups["v"].Value.Trim(), DocumentText.Range(i, i)));
            }
        }

        return values;
    }

    /// <summary>Label names compared without punctuation: "Vorlage Nr.:" and "Vorlage-Nr" are one key.</summary>
    public static string Key(string label) => Punctuation().Replace(label, string.Empty).ToLowerInvariant();

    [GeneratedRegex(@"^(?<l>\p{L}[\p{L} ./-]{1,24}):$")]
    private static partial Regex LabelOnly();

    [GeneratedRegex(@"(?:^|\s{2,}|(?<=\d)\s)(?<l>Vorlage\s*Nr\.?|Vorlagen-Nr\.?|Drucksache(?:\s*Nr\.?)?|Eingang|Datum|Gremium|Termin|TOP|Antrag|Anfrage|Verantwortlich|Dienststelle|Sitzung|Betreff|Ergänzungsantrag|Änderungsantrag)\s*:\s*(?<v>[^:]+?)(?=\s+\p{Lu}\p{L}+(?:\s\p{L}+\.?)?\s*:|$)")]
    private static partial Regex Inline();

    [GeneratedRegex(@"[\s.:\-]")]
    private static partial Regex Punctuation();
}
