using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Ratsnetz.Data.Migrations;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL lives behind this interface, implemented once in each
/// provider project (see docs/adr/0002).
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Name { get; }

    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>The versioned schema scripts shipped with the provider, in version order.</summary>
    IReadOnlyList<MigrationScript> LoadMigrations();

    /// <summary>Serialises concurrent migrators (two servers starting at once) for the duration of the returned handle.</summary>
    Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The engine's full-text search over <c>search_documents</c> (ADR 0015).</summary>
    Search.ISearchIndex SearchIndex { get; }

    /// <summary>Checks the connection settings before anything else runs, with a message an operator can act on.</summary>
    string? DescribeConnectionProblem(string connectionString);
}
