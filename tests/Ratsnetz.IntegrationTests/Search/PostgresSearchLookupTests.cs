using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;
using Ratsnetz.Testing;
using static Ratsnetz.Search.SearchDatabase;

namespace Ratsnetz.Search;

/// <summary>
/// PostgreSQL's own lookups (migrations 0014 and 0015, ADR 0018 "PostgreSQL lookups"): the tsvectors in hash partitions,
/// each with its GIN index, none with a pending list, and the wide lookup (compound parts, references as written) driven by one clause's index.
/// </summary>
public sealed class PostgresSearchLookupTests
{
    [Fact]
    public async Task A_rebuild_gives_every_partition_of_the_vectors_its_GIN_index_again()
    {
        TestEnvironment.SkipUnlessAvailable(DatabaseKind.Postgres);
        await using var database = await DemoAsync(DatabaseKind.Postgres);
        var before = Titles(await SearchAsync(database, "Integrationskonzept"));
        await using (var db = Context(database))
        {
            await SearchIndexer.RebuildAsync(db, database.Provider.SearchIndex, null, Ct);
        }

        var after = Titles(await SearchAsync(database, "Integrationskonzept"));
        await using var check = Context(database);
        var partitions = await ScalarAsync(check, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'search_index_vectors'::regclass");
        var indexed = await ScalarAsync(check, """
            SELECT count(*) FROM pg_inherits i
            JOIN pg_index x ON x.indrelid = i.inhrelid AND x.indisvalid
            JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_am am ON am.oid = c.relam AND am.amname = 'gin'
            WHERE i.inhparent = 'search_index_vectors'::regclass
            """);
        var parentValid = await ScalarAsync(check, "SELECT count(*) FROM pg_index WHERE indexrelid = 'search_index_terms'::regclass AND indisvalid");

        // Migration 0015: no search GIN index collects a pending list, partitions' included, also after the rebuild.
        var withPendingList = await ScalarAsync(check, """
            SELECT count(*) FROM pg_class c JOIN pg_am am ON am.oid = c.relam AND am.amname = 'gin'
            JOIN pg_index x ON x.indexrelid = c.oid JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relname LIKE 'search%' AND NOT coalesce('fastupdate=off' = ANY(c.reloptions), false)
            """);
        var searchGinIndexes = await ScalarAsync(check, """
            SELECT count(*) FROM pg_class c JOIN pg_am am ON am.oid = c.relam AND am.amname = 'gin'
            JOIN pg_index x ON x.indexrelid = c.oid JOIN pg_class t ON t.oid = x.indrelid WHERE t.relname LIKE 'search%'
            """);

        Assert.Equal(32, partitions);
        Assert.Equal((partitions, 1L), (indexed, parentValid));
        Assert.Equal((0L, partitions + 3), (withPendingList, searchGinIndexes));
        Assert.NotEmpty(after);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_word_and_a_reference_match_by_tokens_or_as_written_and_a_reference_alone_as_written_first()
    {
        TestEnvironment.SkipUnlessAvailable(DatabaseKind.Postgres);
        await using var database = await TestDatabases.CreateAsync(DatabaseKind.Postgres);
        await using (var db = Context(database))
        {
            db.SearchDocuments.AddRange(
                File(1, "Vorlage 7788/2031 zur Quartiersbeleuchtung"), // reference by tokens, word as a compound part
                File(2, "Vorlage X7788/2031 zur Beleuchtung"), // reference only as written, word by token
                File(3, "Vorlage 7788/2031 ohne Licht"), // the reference, not the word
                File(4, "Beleuchtung 7788 und 2031")); // the word, the reference's numbers apart
            await db.SaveChangesAsync(Ct);
        }

        var both = await SearchAsync(database, "Beleuchtung 7788/2031");
        var reference = await SearchAsync(database, "7788/2031");
        var onlyWritten = await SearchAsync(database, "88/2031");

        Assert.Equal([1, 2], both.Hits.Select(h => h.EntityId).Order());
        // A reference alone is an identifier: held as written by 1 and 3, so X7788/2031 is another paper's.
        Assert.Equal([1, 3], reference.Hits.Select(h => h.EntityId).Order());
        Assert.Equal(2, reference.Total);
        // Held as written by no document, it is looked for as a substring.
        Assert.Equal([1, 2, 3], onlyWritten.Hits.Select(h => h.EntityId).Order());
    }

    private static SearchDocument File(int id, string text) =>
        SearchDocument.Create(new SearchSource(SearchKind.File, id, null, new DateOnly(2031, 5, id), true, $"Anlage {id}", null, null, text));

    private static async Task<long> ScalarAsync(AppDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
