using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ratsnetz.Data;
using Ratsnetz.Data.Postgres;
using Ratsnetz.Testing;

namespace Ratsnetz.OParl.Api;

/// <summary>
/// PostgreSQL session details of the list pages: a forced generic plan for unfiltered pages that does not outlive the
/// page, and pooled connections that are not reset on each use (so the setting would otherwise leak).
/// </summary>
public sealed class PostgresListPlanTests
{
    [Fact]
    public async Task Unfiltered_list_pages_run_on_a_generic_plan_and_leave_the_pooled_connection_as_it_was()
    {
        var database = await TestDatabase.CreateEmptyAsync(DatabaseKind.Postgres);
        // One pooled connection: the pages and the check below all run on the same server session.
        var pooled = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = true, MaxPoolSize = 1 }.ConnectionString;
        await using var server = await PortalServer.StartAsync(database, demo: true, extra: new Dictionary<string, string?> { ["ConnectionStrings:Ratsnetz"] = pooled });
        using var client = server.CreateClient();
        var bodies = await JsonAsync(client, "/oparl/v1/bodies");
        var pages = 0;
        JsonElement? second = null;
        string? papersUrl = null;
        foreach (var body in bodies.GetProperty("data").EnumerateArray())
        {
            papersUrl = body.GetProperty("paper").GetString()!;
            var first = await JsonAsync(client, papersUrl + "?limit=1");
            pages++;
            if (first.GetProperty("links").TryGetProperty("next", out var next))
            {
                second = await JsonAsync(client, next.GetString()!);
                pages++;
                break;
            }
        }

        var filtered = await client.GetAsync(new Uri(papersUrl + "?modified_since=2000-01-01T00:00:00Z", UriKind.Absolute));

        Assert.NotNull(second);
        Assert.Equal(1, second.Value.GetProperty("data").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, filtered.StatusCode);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        Assert.Equal("auto", await ScalarAsync(db, "SHOW plan_cache_mode"));
        var plans = await ScalarAsync(db, """
            SELECT generic_plans || '/' || custom_plans FROM pg_prepared_statements
            WHERE statement LIKE '%LEFT JOIN oparl_documents d%' AND statement NOT LIKE '%modified >=%' AND statement LIKE '%FROM papers e%'
            """);
        Assert.Equal($"{pages}/0", plans);
    }

    [Fact]
    public void Connections_are_not_reset_on_each_use_unless_the_operator_says_so()
    {
        var defaulted = new NpgsqlConnectionStringBuilder(PostgresProvider.WithDefaults("Host=db;Database=ratsnetz;Username=r;Password=p"));
        var explicitReset = new NpgsqlConnectionStringBuilder(PostgresProvider.WithDefaults("Host=db;Database=ratsnetz;No Reset On Close=false"));

        Assert.True(defaulted.NoResetOnClose);
        Assert.Equal("p", defaulted.Password);
        Assert.False(explicitReset.NoResetOnClose);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<string?> ScalarAsync(AppDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
