namespace Ratsnetz.OParl.Caching;

/// <summary>
/// What a list page's bytes depend on besides its rows: the base URL its ids are written with, the list, and the
/// parsed request (so <c>?limit=100&amp;after=5</c> and <c>?after=5</c> are the same page).
/// </summary>
internal sealed record OParlPageKey(string BaseUrl, string Segment, int BodyId, OParlListRequest Request);

/// <summary>
/// One row of a list page as far as its bytes depend on it: a live object by the generation of its stored document
/// (-1 when there is none yet), a deleted one by its timestamps, which are all that is written of it.
/// </summary>
internal readonly record struct OParlRowStamp(int Id, bool Deleted, long Generation, DateTime Created, DateTime Modified)
{
    public static OParlRowStamp Of(OParlListRow row) =>
        new(row.Id, row.Deleted, row.Stored?.Generation ?? -1, row.Created, row.Modified);
}
