using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;

namespace Ratsnetz.Data.Migrations;

/// <summary>
/// Reads tables, columns (type, nullability) and indexes of a live database, per engine. Objects named search_index_*
/// are the engines' own full-text structures (FTS5 tables, GIN indexes, ADR 0015), made by migration only and not part
/// of the EF model, so they are left out of the comparison.
/// </summary>
internal static class SchemaSnapshot
{
    private const string EngineSearchObjects = "search_index%";

    public static async Task<SortedSet<string>> ReadAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        return database.Kind == DatabaseKind.Sqlite ? await ReadSqliteAsync(connection) : await ReadPostgresAsync(connection);
    }

    private static async Task<SortedSet<string>> ReadSqliteAsync(DbConnection connection)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        var tables = await QueryAsync(connection, $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_history' AND name NOT LIKE '{EngineSearchObjects}'");
        foreach (var table in tables)
        {
            foreach (var column in await QueryAsync(connection, $"SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || pk FROM pragma_table_info('{table}')"))
            {
                facts.Add($"column {table}.{column}");
            }

            foreach (var foreignKey in await QueryAsync(connection, $"SELECT \"from\" || '->' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}')"))
            {
                facts.Add($"fk {table}.{foreignKey}");
            }
        }

        foreach (var index in await QueryAsync(connection, $"SELECT tbl_name || '.' || name || ' ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE '{EngineSearchObjects}' AND name NOT LIKE '{EngineSearchObjects}'"))
        {
            facts.Add($"index {index}");
        }

        return facts;
    }

    private static async Task<SortedSet<string>> ReadPostgresAsync(DbConnection connection)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var column in await QueryAsync(connection, $"SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(character_maximum_length::text, '') || ' ' || coalesce(column_default, '') || ' ' || coalesce(is_identity, '') FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_history' AND table_name NOT LIKE '{EngineSearchObjects}'"))
        {
            facts.Add($"column {column}");
        }

        foreach (var constraint in await QueryAsync(connection, $"SELECT conrelid::regclass::text || '.' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_history' AND conrelid::regclass::text NOT LIKE '{EngineSearchObjects}'"))
        {
            facts.Add($"constraint {constraint}");
        }

        foreach (var index in await QueryAsync(connection, $"SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'schema_history' AND indexname NOT LIKE '{EngineSearchObjects}'"))
        {
            facts.Add($"index {index}");
        }

        return facts;
    }

    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
