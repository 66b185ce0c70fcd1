using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Who signed a motion: the names after "unterzeichnet von:", or the signature block at its end ("Klaus Beispiel" over
/// "(Fraktionsvorsitzender)", "Christine Muster Fraktionsvorsitzende").
/// </summary>
internal static partial class MotionSigners
{
    private const int MaxBlockLines = 10;

    public static List<ExtractedPerson> Find(DocumentText doc)
    {
        for (var i = 0; i < doc.Count; i++)
        {
            if (SignedBy().IsMatch(doc.Lines[i]))
            {
                var names = new List<ExtractedPerson>();
                for (var k = doc.NextNonBlank(i + 1); k > 0 && k < doc.Count && doc.Lines[k].Length > 0; k++)
                {
                    if (Signer(doc.Lines[k]) is not { } p)
                    {
                        break;
                    }

                    names.Add(p);
                }

                if (names.Count > 0)
                {
                    return names;
                }
            }
        }

        return TrailingBlock(doc);
    }

    private static List<ExtractedPerson> TrailingBlock(DocumentText doc)
    {
        var block = new List<ExtractedPerson>();
        string? pendingFunction = null;
        var seen = 0;
        for (var i = doc.Count - 1; i >= 0 && seen < MaxBlockLines; i--)
        {
            var line = doc.Lines[i];
            if (line.Length == 0 || MotionParts.IsFurniture(line))
            {
                continue;
            }

            seen++;
            if (FunctionLine().Match(line) is { Success: true } f)
            {
                pendingFunction = f.Groups["f"].Value;
                continue;
            }

            if (line.Split(' ').Length <= 3 && line.Split(' ').All(Vocabulary.IsFunctionWord))
            {
                pendingFunction = line;
                continue;
            }

            if (Signer(line) is not { } p)
            {
                break;
            }

            block.Insert(0, p.Function is null && pendingFunction is not null ? p with { Function = pendingFunction } : p);
            pendingFunction = null;
        }

        return block;
    }

    /// <summary>"Bettina Lisbach", "Christine Kastning Fraktionsvorsitzende", "Dr. Anna Beispiel".</summary>
    private static ExtractedPerson? Signer(string line)
    {
        if (PersonLineParser.Parse(line, allowBare: false) is { Office: not null, Leftover: null, NameTokens: >= 2 } withOffice)
        {
            // "Stadträtin Katrin Beispiel": the office is the function, the rest the name.
            return new ExtractedPerson { Name = withOffice.Name, Salutation = withOffice.Salutation, Function = withOffice.Office, Group = withOffice.Group };
        }

        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 6)
        {
            return null;
        }

        string? function = null;
        if (tokens.Length >= 3 && Vocabulary.IsFunctionWord(tokens[^1]))
        {
            function = tokens[^1];
            tokens = tokens[..^1];
        }

        var names = tokens.Count(t => !Vocabulary.IsAcademicTitle(t));
        if (names is < 2 or > 4 || !tokens.All(t => Vocabulary.IsAcademicTitle(t) || NameToken().IsMatch(t) || Vocabulary.IsNameParticle(t)))
        {
            return null;
        }

        return new ExtractedPerson { Name = string.Join(' ', tokens), Function = function };
    }

    [GeneratedRegex(@"^(?:unterzeichnet\s+von|gez\.|gezeichnet)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignedBy();

    [GeneratedRegex(@"^\((?<f>[\p{L}\s.\-]{3,60})\)$")]
    private static partial Regex FunctionLine();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’\-]+[\p{Ll}]$|^\p{Lu}\.$")]
    private static partial Regex NameToken();
}
