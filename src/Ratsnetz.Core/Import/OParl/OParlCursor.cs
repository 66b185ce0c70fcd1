namespace Ratsnetz.Import.OParl;

/// <summary>
/// How far the run in progress got in one list: the next page to read, or that the list is done. Written in the
/// same transaction as the page's objects, so a stopped run resumes at the first page not yet on record.
/// </summary>
public sealed class OParlCursor
{
    private OParlCursor()
    {
        ListUrl = string.Empty;
    }

    public OParlCursor(int sourceId, string listUrl)
    {
        SourceId = sourceId;
        ListUrl = listUrl;
    }

    public int Id { get; private set; }

    public int SourceId { get; private set; }

    /// <summary>The list's URL as the body names it, without filters.</summary>
    public string ListUrl { get; private set; }

    public string? NextPageUrl { get; private set; }

    public bool Completed { get; private set; }

    public void Advance(string? nextPageUrl)
    {
        NextPageUrl = nextPageUrl;
        Completed = nextPageUrl is null;
    }
}
