using System.Text;
using Ratsnetz.Common;

namespace Ratsnetz.Search;

/// <summary>One part of a query that every result must match.</summary>
public abstract record SearchClause;

/// <summary>A single word: found by its stem, or as part of a compound ("Konzept" in "Integrationskonzept").</summary>
public sealed record WordClause(string Folded, string Stem) : SearchClause;

/// <summary>Words in quotes: found only side by side, in this order.</summary>
public sealed record PhraseClause(IReadOnlyList<string> Folded, IReadOnlyList<string> Stems) : SearchClause
{
    public string FoldedText => string.Join(' ', Folded);
}

/// <summary>A paper reference or file number such as "146/2021": found as written, and ranked first on an exact hit.</summary>
public sealed record ReferenceClause(string Folded, IReadOnlyList<string> Stems) : SearchClause;

/// <summary>
/// The parsed search text: quoted phrases, references (a token with a digit and a slash, dot or hyphen) and words.
/// Parsing is the same for every engine; the engines only translate the clauses into their own query syntax.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchClause> Clauses)
{
    public const int MaxLength = 200;

    public const int MaxClauses = 10;

    public static Result<SearchQuery> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ValidationError("search.empty", "Enter a search term.", "q");
        }

        if (text.Length > MaxLength)
        {
            return new ValidationError("search.too_long", $"The search text may be at most {MaxLength} characters long.", "q");
        }

        var clauses = new List<SearchClause>();
        foreach (var (part, quoted) in Split(text))
        {
            if (quoted)
            {
                AddPhrase(clauses, part);
            }
            else if (IsReference(part))
            {
                var folded = GermanFolding.Fold(part.Trim('.', ',', ';', ':', '(', ')'));
                clauses.Add(new ReferenceClause(folded, WordTokens.Read(folded).Select(w => GermanStemmer.Stem(w.Folded)).ToList()));
            }
            else
            {
                // "Integrations-Konzept" or "Rat,": the word characters only, each word its own clause.
                clauses.AddRange(WordTokens.Read(part).Select(w => new WordClause(w.Folded, GermanStemmer.Stem(w.Folded))));
            }
        }

        var distinct = clauses.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return new ValidationError("search.no_words", "The search text contains no words.", "q");
        }

        if (distinct.Count > MaxClauses)
        {
            return new ValidationError("search.too_many_words", $"Search for at most {MaxClauses} words or phrases at once.", "q");
        }

        return new SearchQuery(distinct);
    }

    /// <summary>The stems and folded forms to highlight in snippets.</summary>
    public IReadOnlyList<string> HighlightStems() => Clauses.SelectMany(c => c switch
    {
        WordClause w => [w.Stem],
        PhraseClause p => p.Stems,
        ReferenceClause r => r.Stems,
        _ => [],
    }).Where(s => s.Length > 0).Distinct().ToList();

    private static void AddPhrase(List<SearchClause> clauses, string part)
    {
        var words = WordTokens.Read(part).Select(w => w.Folded).ToList();
        switch (words.Count)
        {
            case 0:
                return;
            case 1:
                clauses.Add(new WordClause(words[0], GermanStemmer.Stem(words[0])));
                return;
            default:
                clauses.Add(new PhraseClause(words, words.Select(GermanStemmer.Stem).ToList()));
                return;
        }
    }

    private static bool IsReference(string token) =>
        token.Any(char.IsDigit) && token.Trim('.', ',', ';', ':').Any(c => c is '/' or '.' or '-');

    // Splits on white space outside quotes; an unclosed quote runs to the end of the text.
    private static IEnumerable<(string Part, bool Quoted)> Split(string text)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c is '"' or '„' or '“' or '”')
            {
                if (current.Length > 0)
                {
                    yield return (current.ToString(), quoted);
                    current.Clear();
                }

                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    yield return (current.ToString(), false);
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            yield return (current.ToString(), quoted);
        }
    }
}
