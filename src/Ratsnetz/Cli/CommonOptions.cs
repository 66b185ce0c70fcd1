using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ratsnetz.Hosting;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Cli;

internal static class CommonOptions
{
    public static readonly Option<DirectoryInfo?> DataDirectory = new("--data-dir")
    {
        Description = "Verzeichnis für die SQLite-Datenbank und Dateien (Standard: ./data)",
        Recursive = true,
    };

    public static Dictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(DataDirectory) is { } directory)
        {
            overrides["Ratsnetz:DataDirectory"] = directory.FullName;
        }

        return overrides;
    }

    /// <summary>A host without a web server, for verbs that only need the database and the Core handlers.</summary>
    public static IHost BuildToolHost(Dictionary<string, string?> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(CommonOptions).Assembly.GetName().Name,
        });
        HostConfiguration.AddOverrides(builder.Configuration, overrides);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var settings = RatsnetzSettings.From(builder.Configuration);
        builder.Services.AddRatsnetzDatabase(settings);
        builder.Services.AddRatsnetzCore();
        builder.Services.AddRatsnetzMail(builder.Configuration, settings);
        builder.Services.AddRatsnetzOParl(builder.Configuration, settings);
        IdentitySetup.AddAccountServices(builder.Services);
        return builder.Build();
    }

    /// <summary>Runs a verb and turns operator-fixable failures into a message and exit code 1.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync($"Fehler: {e.Message}");
            return 1;
        }
        catch (Exception e) when (DatabaseProblem(e) is { } problem)
        {
            await Console.Error.WriteLineAsync($"Fehler: Keine Verbindung zur Datenbank: {problem.Message}");
            return 1;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync($"Fehler: {e.Message}");
            return 1;
        }
    }

    // EF wraps connection failures (e.g. in "likely due to a transient failure"); the operator needs the cause.
    private static Exception? DatabaseProblem(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// Rejects a value below <paramref name="minimum"/> (or absurdly large). Checked per option: a command-level validator
    /// sees 0 for options left at their defaults.
    /// </summary>
    public static void AtLeast<T>(Option<T> option, double minimum, string message)
        where T : struct, IConvertible
    {
        option.Validators.Add(result =>
        {
            var value = Convert.ToDouble(result.GetValueOrDefault<T>(), CultureInfo.InvariantCulture);
            if (value < minimum || value > 1_000_000)
            {
                result.AddError(message);
            }
        });
    }
}
