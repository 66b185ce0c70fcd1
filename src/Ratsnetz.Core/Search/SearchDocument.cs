namespace Ratsnetz.Search;

/// <summary>
/// One searchable thing (a meeting, agenda item, paper, file, person or organization) as the search index holds it:
/// display fields, the visibility facts the query filters on, and the text in two prepared forms — stems for the
/// token index and folded text for the substring (trigram) index. The engines index these columns with their own
/// structures, kept current by triggers (SQLite) or expression indexes (PostgreSQL); see ADR 0015.
/// </summary>
public sealed class SearchDocument
{
    /// <summary>
    /// Text beyond this is not indexed: a few attachments run to 700,000 characters, PostgreSQL caps a tsvector at 1 MB,
    /// and both engines must index the same text (ADR 0015).
    /// </summary>
    public const int MaxIndexedContent = 200_000;

    private SearchDocument()
    {
        Kind = string.Empty;
        Title = string.Empty;
        Content = string.Empty;
        TitleTerms = string.Empty;
        ContentTerms = string.Empty;
        TitleFolded = string.Empty;
        Folded = string.Empty;
    }

    public int Id { get; private set; }

    public string Kind { get; private set; }

    public int EntityId { get; private set; }

    public int? BodyId { get; private set; }

    public DateOnly? Date { get; private set; }

    public int? Year { get; private set; }

    /// <summary>False when anything about it is non-public (ADR 0005); such documents are found only by viewers who may see them.</summary>
    public bool IsPublic { get; private set; }

    public string Title { get; private set; }

    public string? Reference { get; private set; }

    /// <summary>Where it belongs, shown under the title (the meeting of an agenda item, the paper of a file).</summary>
    public string? Context { get; private set; }

    public string Content { get; private set; }

    public string TitleTerms { get; private set; }

    public string ContentTerms { get; private set; }

    public string TitleFolded { get; private set; }

    public string Folded { get; private set; }

    public static SearchDocument Create(SearchSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var content = source.Content is { Length: > MaxIndexedContent } text ? text[..MaxIndexedContent] : source.Content ?? string.Empty;
        var title = (source.Reference is null ? source.Title : $"{source.Reference} {source.Title}").Trim();
        return new SearchDocument
        {
            Kind = source.Kind,
            EntityId = source.EntityId,
            BodyId = source.BodyId,
            Date = source.Date,
            Year = source.Date?.Year,
            IsPublic = source.IsPublic,
            Title = source.Title,
            Reference = source.Reference,
            Context = source.Context,
            Content = content,
            TitleTerms = WordTokens.Stems(title),
            ContentTerms = WordTokens.Stems($"{source.Context} {content}"),
            TitleFolded = GermanFolding.Fold(title),
            Folded = GermanFolding.Fold($"{title}\n{source.Context}\n{content}"),
        };
    }
}

/// <summary>What the indexer reads from a council record before it becomes a <see cref="SearchDocument"/>.</summary>
public sealed record SearchSource(
    string Kind, int EntityId, int? BodyId, DateOnly? Date, bool IsPublic, string Title, string? Reference, string? Context, string? Content);
