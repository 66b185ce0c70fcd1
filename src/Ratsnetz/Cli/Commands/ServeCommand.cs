using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Hosting;
using Ratsnetz.Web;

namespace Ratsnetz.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Demo: frische SQLite-Datenbank mit den Sitzungen aus den Seed-Dokumenten und Demo-Konten" };
        var urls = new Option<string?>("--urls") { Description = "Adressen, z. B. http://127.0.0.1:5080 (Standard: ASPNETCORE_URLS oder http://127.0.0.1:5080)" };
        var documents = new Option<DirectoryInfo?>("--documents") { Description = "Ordner mit den Seed-Dokumenten (Standard: ../shared/seeds, falls vorhanden)" };
        var serve = new Command("serve", "Startet das Bürgerportal");
        serve.Options.Add(demo);
        serve.Options.Add(urls);
        serve.Options.Add(documents);
        serve.SetAction((parse, ct) => CommonOptions.RunAsync(() =>
        {
            var overrides = CommonOptions.Overrides(parse);
            if (parse.GetValue(demo))
            {
                overrides["Ratsnetz:Demo"] = "true";
            }

            if (parse.GetValue(documents) is { } folder)
            {
                overrides["Ratsnetz:Documents"] = folder.FullName;
            }

            var explicitUrls = parse.GetValue(urls);
            if (explicitUrls is not null)
            {
                overrides["urls"] = explicitUrls;
            }
            else if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
            {
                overrides["urls"] = "http://127.0.0.1:5080";
            }

            return RunAsync(overrides, ct);
        }));
        return serve;
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> overrides, CancellationToken ct)
    {
        await using var app = WebApp.Build(new RatsnetzHostOptions { Overrides = overrides });
        var settings = app.Services.GetRequiredService<RatsnetzSettings>();
        if (settings.Demo)
        {
            var (seed, imports) = await DemoMode.PrepareAsync(app.Services, settings, ct);
            Console.WriteLine(seed.Describe());
            Console.WriteLine(imports.Describe());
        }
        else
        {
            await SchemaCheck.EnsureCurrentAsync(app.Services, ct);
        }

        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new StartupException($"Die Adresse ist schon belegt ({e.Message}). Wählen Sie einen anderen Port mit --urls oder ASPNETCORE_URLS.");
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine($"Ratsnetz läuft: {string.Join(", ", addresses)}  (Datenbank: {settings.Provider})");
        if (settings.Demo)
        {
            Console.WriteLine($"Demo-Anmeldungen (Passwort für alle: {DemoMode.Password}):");
            foreach (var (email, _, description) in DemoMode.Accounts)
            {
                Console.WriteLine($"  {email,-28} {description}");
            }
        }

        Console.WriteLine("Beenden mit Strg+C.");
        await app.WaitForShutdownAsync(ct);
        return 0;
    }
}
