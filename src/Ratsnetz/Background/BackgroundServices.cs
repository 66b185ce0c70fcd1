using Microsoft.Extensions.DependencyInjection;

namespace Ratsnetz.Background;

public static class BackgroundServices
{
    /// <summary>The web host's background work: importing uploaded documents.</summary>
    public static IServiceCollection AddUploadWorker(this IServiceCollection services)
    {
        services.AddSingleton<UploadSignal>();
        services.AddHostedService<UploadWorker>();
        return services;
    }

    /// <summary>Alert delivery (ADR 0017); <c>Ratsnetz:Alerts:RunInBackground=false</c> leaves it to <c>ratsnetz alerts send</c>.</summary>
    public static IServiceCollection AddAlertWorker(this IServiceCollection services)
    {
        services.AddHostedService<AlertWorker>();
        return services;
    }
}
