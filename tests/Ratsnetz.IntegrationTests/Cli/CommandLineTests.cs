using Ratsnetz.Testing;

namespace Ratsnetz.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Db_migrate_brings_a_new_database_to_the_latest_schema_and_then_reports_it_current(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);
        var environment = Environment(database);

        var first = await RatsnetzProcess.RunAsync(["db", "migrate"], environment);
        var second = await RatsnetzProcess.RunAsync(["db", "migrate"], environment);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("0001_initial", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("aktuell", second.Output, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Users_add_creates_an_account_that_can_sign_in(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);
        var environment = Environment(database);
        environment["RATSNETZ_PASSWORD"] = "ein-langes-Passwort-1";

        var added = await RatsnetzProcess.RunAsync(["users", "add", "--email", "gf@example.org", "--role", "Geschaeftsfuehrung", "--name", "Geschäftsführung"], environment);

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("gf@example.org", added.Output, StringComparison.Ordinal);
        await using var identity = database.CreateIdentityContext();
        var user = Assert.Single(identity.Users.Where(u => u.Email == "gf@example.org"));
        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain("ein-langes-Passwort-1", user.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_rejects_an_unknown_role_with_a_clear_message()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseKind.Sqlite);

        var outcome = await RatsnetzProcess.RunAsync(["users", "add", "--email", "x@example.org", "--role", "Kaiser", "--password", "ein-langes-Passwort-1"], Environment(database));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Kaiser", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_rejects_a_weak_password_and_creates_nothing()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseKind.Sqlite);

        var outcome = await RatsnetzProcess.RunAsync(["users", "add", "--email", "x@example.org", "--role", "Mitglied", "--password", "kurz"], Environment(database));

        Assert.Equal(2, outcome.ExitCode);
        await using var identity = database.CreateIdentityContext();
        Assert.Empty(identity.Users);
    }

    [Fact]
    public async Task Db_seed_loads_the_demo_data_into_a_migrated_database()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseKind.Sqlite);

        var outcome = await RatsnetzProcess.RunAsync(["db", "seed"], Environment(database));

        Assert.Equal(0, outcome.ExitCode);
        await using var db = database.CreateContext();
        Assert.Contains(db.Bodies, b => b.ShortName == "Kamen");
    }

    internal static Dictionary<string, string?> Environment(TestDatabase database) => new()
    {
        ["Database__Provider"] = database.ProviderName,
        ["ConnectionStrings__Ratsnetz"] = database.ConnectionString,
        ["RATSNETZ_DATA_DIR"] = database.DataDirectory,
    };
}
