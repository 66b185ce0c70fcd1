using Microsoft.Extensions.Configuration;

namespace Ratsnetz.Hosting;

/// <summary>
/// Where data lives and which database runs. Zero configuration means SQLite in ./data; PostgreSQL is chosen with
/// Database:Provider=postgres and ConnectionStrings:Ratsnetz.
/// </summary>
public sealed record RatsnetzSettings(string Provider, string ConnectionString, string DataDirectory, bool Demo, string? DocumentsDirectory)
{
    public const string DemoDatabaseFile = "ratsnetz-demo.db";

    public static RatsnetzSettings From(IConfiguration configuration)
    {
        var demo = configuration.GetValue<bool>("Ratsnetz:Demo");
        var dataDirectory = Path.GetFullPath(configuration["Ratsnetz:DataDirectory"]
            ?? Environment.GetEnvironmentVariable("RATSNETZ_DATA_DIR")
            ?? Path.Combine(Directory.GetCurrentDirectory(), "data"));
        var provider = (configuration["Database:Provider"] ?? "sqlite").Trim().ToLowerInvariant();
        var connectionString = configuration.GetConnectionString("Ratsnetz");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != "sqlite")
            {
                throw new InvalidOperationException($"Database:Provider is '{provider}', but ConnectionStrings:Ratsnetz is empty. Set it, e.g. ConnectionStrings__Ratsnetz='Host=127.0.0.1;Database=ratsnetz;Username=ratsnetz;Password=…'.");
            }

            var file = demo ? DemoDatabaseFile : "ratsnetz.db";
            connectionString = $"Data Source={Path.Combine(dataDirectory, file)}";
        }

        return new RatsnetzSettings(provider, connectionString, dataDirectory, demo, configuration["Ratsnetz:Documents"]);
    }
}
