using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;

namespace Ratsnetz.Data.Migrations;

public sealed class MigrationTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_migrated_schema_matches_the_model(DatabaseKind kind)
    {
        await using var migrated = await TestDatabases.CreateAsync(kind);
        await using var fromModel = await TestDatabase.CreateEmptyAsync(kind);
        await using (var db = fromModel.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
        }

        await using (var identity = fromModel.CreateIdentityContext())
        {
            await identity.Database.ExecuteSqlRawAsync(identity.Database.GenerateCreateScript());
        }

        var expected = await SchemaSnapshot.ReadAsync(fromModel);
        var actual = await SchemaSnapshot.ReadAsync(migrated);

        // When this fails, the model changed without a migration: add one (docs/adr/0002-schema-migrations.md).
        Assert.Empty(expected.Except(actual));
        Assert.Empty(actual.Except(expected));
        Assert.Contains(actual, fact => fact.Contains("attendances", StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Migrating_twice_applies_nothing_the_second_time(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);

        var first = await database.MigrateAsync();
        var second = await database.MigrateAsync();

        Assert.Equal(0, first.PreviousVersion);
        Assert.NotEmpty(first.Applied);
        Assert.Empty(second.Applied);
        Assert.Equal(first.LatestVersion, second.PreviousVersion);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_migration_edited_after_it_was_applied_stops_the_migrator(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE schema_history SET checksum = 'edited' WHERE version = 1");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(database.MigrateAsync);

        Assert.Contains("changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_database_newer_than_the_program_is_refused(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO schema_history (version, name, checksum, applied_at) VALUES (9999, 'future', 'x', 'now')");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(database.MigrateAsync);

        Assert.Contains("newer Ratsnetz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_engines_ship_the_same_migration_versions()
    {
        var sqlite = new Sqlite.SqliteProvider().LoadMigrations().Select(m => $"{m.Version}_{m.Name}");
        var postgres = new Postgres.PostgresProvider().LoadMigrations().Select(m => $"{m.Version}_{m.Name}");

        Assert.Equal(sqlite, postgres);
    }
}
