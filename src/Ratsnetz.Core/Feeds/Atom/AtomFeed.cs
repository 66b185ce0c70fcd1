namespace Ratsnetz.Feeds.Atom;

/// <summary>
/// One entry. <see cref="Path"/> is the portal page it stands for (absolute URLs are made by the front door, from the
/// host the feed was fetched at) and, with the fragment, also its stable id.
/// </summary>
public sealed record AtomEntry(string Path, string Title, string? Summary, DateTime PublishedUtc, DateTime UpdatedUtc);

/// <summary>A feed: title, the page it belongs to, entries newest first.</summary>
public sealed record AtomFeed(string Title, string PagePath, IReadOnlyList<AtomEntry> Entries)
{
    /// <summary>Atom requires a feed's <c>updated</c>; without entries, the fixed start of the calendar is honest.</summary>
    public DateTime UpdatedUtc => Entries.Count == 0 ? DateTime.UnixEpoch : Entries.Max(e => e.UpdatedUtc);
}
