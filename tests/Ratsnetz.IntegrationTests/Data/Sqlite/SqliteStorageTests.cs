using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data.Sqlite;
using Ratsnetz.Testing;

namespace Ratsnetz.Data.Sqlite;

/// <summary>How Ratsnetz sets up a new SQLite file: 16 KB pages (ADR 0011) and write-ahead logging.</summary>
public sealed class SqliteStorageTests
{
    [Fact]
    public async Task A_new_database_gets_16_KB_pages_and_WAL_and_migrating_again_keeps_them()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseKind.Sqlite);
        await database.MigrateAsync();
        Assert.Equal((SqliteProvider.PageSize, "wal"), await StorageAsync(database));

        await database.MigrateAsync();
        Assert.Equal((SqliteProvider.PageSize, "wal"), await StorageAsync(database));
    }

    private static async Task<(long PageSize, string JournalMode)> StorageAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var pageSize = await db.Database.SqlQueryRaw<long>("SELECT page_size AS \"Value\" FROM pragma_page_size()").SingleAsync();
        var journal = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode()").SingleAsync();
        return (pageSize, journal);
    }
}
