namespace Ratsnetz.OParl.Caching;

/// <summary><c>Ratsnetz:OParl:PageCache</c>: where list pages are kept between requests, and how much of them.</summary>
public sealed class OParlPageCacheOptions
{
    /// <summary>The cache's folder; each server process works in a subfolder of its own and removes it when it stops.</summary>
    public string Directory { get; set; } = string.Empty;

    /// <summary>How many megabytes of pages are kept on disk; 0 turns the cache off.</summary>
    public int MaxMegabytes { get; set; } = 1024;
}
