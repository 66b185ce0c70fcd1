using Microsoft.Extensions.DependencyInjection;

namespace Ratsnetz.Import.Uploads;

/// <summary>Registers the upload use cases; the background worker that drives them lives in the executable.</summary>
public static class UploadHandlers
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<QueueUploadHandler>();
        services.AddScoped<GetUploadStatusHandler>();
        services.AddScoped<ListUploadsHandler>();
        services.AddScoped<UploadJobs>();
        services.AddScoped<ProcessUploadHandler>();
    }
}
