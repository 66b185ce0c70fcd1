using Microsoft.Extensions.Logging.Abstractions;
using Ratsnetz.Import.OParl;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.OParl;

/// <summary>Runs the mirror handler as the CLI verb does, on a test database, with quick retries.</summary>
internal static class MirrorRun
{
    public static readonly OParlClientOptions QuickRetries = new() { BackoffBase = TimeSpan.FromMilliseconds(20), RequestTimeout = TimeSpan.FromSeconds(30) };

    public static async Task<Common.Result<MirrorSummary>> RunAsync(TestDatabase database, string systemUrl, TestClock clock, CancellationToken ct, OParlClientOptions? options = null)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var client = new OParlClient(http, options ?? QuickRetries, clock, NullLogger<OParlClient>.Instance);
        await using var db = database.CreateContext(clock);
        var handler = new MirrorOParlSystemHandler(db, client, clock, NullLogger<MirrorOParlSystemHandler>.Instance);
        return await handler.HandleAsync(new MirrorOParlSystem(systemUrl), ct);
    }

    public static async Task<MirrorSummary> RunToEndAsync(TestDatabase database, string systemUrl, TestClock clock, OParlClientOptions? options = null)
    {
        var result = await RunAsync(database, systemUrl, clock, TestContext.Current.CancellationToken, options);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
