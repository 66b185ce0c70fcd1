using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ratsnetz.Access;
using Ratsnetz.Council;
using Ratsnetz.Data.DemoData;

namespace Ratsnetz.Hosting;

public static class CoreServices
{
    /// <summary>Registers the use-case handlers and queries every front door shares.</summary>
    public static IServiceCollection AddRatsnetzCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<NonPublicAccess>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<Import.Documents.ImportDocumentHandler>();
        services.AddScoped<Import.Documents.ImportFileHandler>();
        services.TryAddSingleton(_ => new Documents.Reading.DocumentReader());
        services.TryAddSingleton<Documents.Extraction.TextDocumentExtractor>();
        CouncilQueries.Register(services);
        Council.Sessions.SessionHandlers.Register(services);
        Council.Memberships.MembershipHandlers.Register(services);
        Council.Motions.MotionHandlers.Register(services);
        services.TryAddSingleton(OParl.Caching.OParlPageCache.Off);
        services.AddScoped<OParl.OParlApi>();
        services.AddScoped<OParl.Documents.RenderOParlDocumentsHandler>();
        // The mirror for front doors other than the CLI (which passes its own concurrency and timeout per run).
        services.TryAddSingleton(new Import.OParl.OParlClientOptions());
        services.AddHttpClient<Import.OParl.OParlClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddScoped<Import.OParl.MirrorOParlSystemHandler>();
        Import.Review.ReviewHandlers.Register(services);
        Import.Uploads.UploadHandlers.Register(services);
        Council.Minutes.MinutesHandlers.Register(services);
        Feeds.FeedHandlers.Register(services);
        services.AddScoped<Search.SearchCouncilHandler>();
        return services;
    }
}
