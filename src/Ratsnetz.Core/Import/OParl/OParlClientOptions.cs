namespace Ratsnetz.Import.OParl;

/// <summary>How politely the mirror talks to a remote server.</summary>
public sealed record OParlClientOptions
{
    /// <summary>Requests in flight at once; remote council systems are often small servers.</summary>
    public int Concurrency { get; init; } = 4;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Further attempts after a 5xx, 408, 429, timeout or connection failure.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The first pause before a retry; it doubles with every further attempt.</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest pause a server's Retry-After may ask for.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>File content above this size is not downloaded (the text is still stored).</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;
}
