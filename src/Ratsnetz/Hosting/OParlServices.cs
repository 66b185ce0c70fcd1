using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ratsnetz.OParl.Caching;

namespace Ratsnetz.Hosting;

public static class OParlServices
{
    /// <summary>
    /// <c>Ratsnetz:OParl:PageCache</c>: list pages kept under the data directory (ADR 0020), unless its
    /// <c>MaxMegabytes</c> is 0. Replaces the cache that keeps nothing, which <see cref="CoreServices"/> registers.
    /// </summary>
    public static IServiceCollection AddRatsnetzOParl(this IServiceCollection services, IConfiguration configuration, RatsnetzSettings settings)
    {
        var options = configuration.GetSection("Ratsnetz:OParl:PageCache").Get<OParlPageCacheOptions>() ?? new OParlPageCacheOptions();
        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            options.Directory = Path.Combine(settings.DataDirectory, "cache", "oparl-pages");
        }

        services.AddSingleton(provider => new OParlPageCache(options, provider.GetRequiredService<ILogger<OParlPageCache>>()));
        return services;
    }
}
