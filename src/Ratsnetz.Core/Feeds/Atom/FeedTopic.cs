namespace Ratsnetz.Feeds.Atom;

/// <summary>What an Atom feed announces.</summary>
public enum FeedTopic
{
    /// <summary>Newly scheduled meetings (Sitzungen).</summary>
    Meetings = 1,

    /// <summary>New public papers (Vorlagen, Anträge).</summary>
    Papers = 2,

    /// <summary>Resolutions of public agenda items (Beschlüsse).</summary>
    Resolutions = 3,
}
