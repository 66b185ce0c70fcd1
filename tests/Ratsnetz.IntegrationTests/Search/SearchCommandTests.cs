using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;
using static Ratsnetz.Search.SearchDatabase;

namespace Ratsnetz.Search;

/// <summary><c>ratsnetz search reindex</c> as an operator runs it, on both engines.</summary>
public sealed class SearchCommandTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Search_reindex_rebuilds_an_emptied_index_and_reports_the_rate(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        int indexed;
        await using (var db = Context(database))
        {
            indexed = await db.SearchDocuments.CountAsync(Ct);
            await db.SearchDocuments.ExecuteDeleteAsync(Ct);
        }

        var emptied = await SearchAsync(database, "Integrationskonzept");
        var outcome = await RatsnetzProcess.RunAsync(["search", "reindex"], Cli.CommandLineTests.Environment(database));
        var rebuilt = await SearchAsync(database, "Integrationskonzept");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(indexed.ToString("N0", CultureInfo.InvariantCulture) + " Dokumente", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(0, emptied.Total);
        Assert.True(rebuilt.Total > 0);
    }
}
