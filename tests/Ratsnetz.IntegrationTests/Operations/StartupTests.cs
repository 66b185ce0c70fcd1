using System.Net;
using System.Net.Sockets;
using Ratsnetz.Cli;
using Ratsnetz.Testing;

namespace Ratsnetz.Operations;

public sealed class StartupTests
{
    [Fact]
    public async Task Serve_demo_prints_the_address_and_the_demo_logins()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ratsnetz-serve-").FullName;
        var port = FreePort();

        var outcome = await RatsnetzProcess.RunAsync(
            ["serve", "--demo", "--data-dir", dataDirectory],
            new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" },
            TimeSpan.FromSeconds(90),
            waitForOutput: "Strg+C");

        Assert.True(outcome.SawExpectedOutput, outcome.Output + outcome.Error);
        Assert.Contains($"http://127.0.0.1:{port}", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("oezkir@ratsnetz.example", outcome.Output, StringComparison.Ordinal);
        Assert.Contains(Hosting.DemoMode.Password, outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_reported_plainly()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        var dataDirectory = Directory.CreateTempSubdirectory("ratsnetz-port-").FullName;

        var outcome = await RatsnetzProcess.RunAsync(["serve", "--demo", "--data-dir", dataDirectory, "--urls", $"http://127.0.0.1:{port}"], timeout: TimeSpan.FromSeconds(90));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("belegt", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_reported_plainly()
    {
        var outcome = await RatsnetzProcess.RunAsync(["serve"], new Dictionary<string, string?>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__Ratsnetz"] = $"Host=127.0.0.1;Port={FreePort()};Database=none;Username=none;Password=none;Timeout=3",
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Datenbank", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_reported_plainly()
    {
        var outcome = await RatsnetzProcess.RunAsync(["db", "migrate"], new Dictionary<string, string?>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__Ratsnetz"] = "this is not a connection string",
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("connection string", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unwritable_data_directory_is_reported_plainly()
    {
        var parent = Directory.CreateTempSubdirectory("ratsnetz-ro-").FullName;
        var blockingFile = Path.Combine(parent, "not-a-directory");
        await File.WriteAllTextAsync(blockingFile, "a file where the data directory should be");

        var outcome = await RatsnetzProcess.RunAsync(["db", "migrate", "--data-dir", Path.Combine(blockingFile, "data")]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("not writable", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_an_unmigrated_database_asks_for_db_migrate()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseKind.Sqlite);

        var outcome = await RatsnetzProcess.RunAsync(["serve", "--urls", $"http://127.0.0.1:{FreePort()}"], CommandLineTests.Environment(database));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("db migrate", outcome.Error, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
