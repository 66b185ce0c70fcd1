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
}
