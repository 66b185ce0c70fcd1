using Ratsnetz.Common;

namespace Ratsnetz.Council.Minutes;

/// <summary>
/// A correction (Nachtrag) to signed minutes: its text, why it was needed, who wrote it and when. An addendum on
/// the non-public part appears only in the full minutes.
/// </summary>
public sealed class MinutesAddendum : Entity
{
    private MinutesAddendum()
    {
        Text = string.Empty;
        Reason = string.Empty;
        AuthorUserId = string.Empty;
        AuthorName = string.Empty;
    }

    internal MinutesAddendum(int minutesId, string text, string reason, bool concernsNonPublicPart, string authorUserId, string authorName, DateTime at)
    {
        MinutesId = minutesId;
        Text = text;
        Reason = reason;
        ConcernsNonPublicPart = concernsNonPublicPart;
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        At = at;
    }

    public int MinutesId { get; private set; }

    public string Text { get; private set; }

    public string Reason { get; private set; }

    public bool ConcernsNonPublicPart { get; private set; }

    public string AuthorUserId { get; private set; }

    /// <summary>The author's name as printed; accounts live in another store, so it is kept with the addendum.</summary>
    public string AuthorName { get; private set; }

    public DateTime At { get; private set; }
}
