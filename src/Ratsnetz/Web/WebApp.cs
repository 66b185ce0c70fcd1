using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ratsnetz.Hosting;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web;

/// <summary>The web host: portal pages, health endpoint, sign-in. Read top to bottom as a table of contents.</summary>
public static class WebApp
{
    public static WebApplication Build(RatsnetzHostOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = options.Args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            WebRootPath = AppContext.BaseDirectory,
        });
        HostConfiguration.AddOverrides(builder.Configuration, options.Overrides);
        if (builder.Configuration["Ratsnetz:LogFormat"] == "json")
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }

        var settings = RatsnetzSettings.From(builder.Configuration);
        builder.Services.AddRatsnetzDatabase(settings);
        builder.Services.AddRatsnetzCore();
        builder.Services.AddRatsnetzMail(builder.Configuration, settings);
        builder.Services.AddRatsnetzOParl(builder.Configuration, settings);
        builder.Services.AddPortal(builder.Environment);
        // Keys in the data directory keep sign-ins and antiforgery tokens valid across restarts.
        builder.Services.AddDataProtection()
            .SetApplicationName("Ratsnetz")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys")));
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UsePortal();
        Bench.BenchCeilingEndpoint.MapBenchCeiling(app);
        return app;
    }
}
