using Microsoft.Extensions.Configuration;

namespace Ratsnetz.Hosting;

/// <summary>
/// Settings given on the command line (e.g. --demo, --data-dir) are added as the last configuration layer, so
/// they win over appsettings.json and environment variables.
/// </summary>
public static class HostConfiguration
{
    public static void AddOverrides(IConfigurationBuilder configuration, IReadOnlyDictionary<string, string?> overrides)
    {
        if (overrides.Count > 0)
        {
            configuration.AddInMemoryCollection(overrides);
        }
    }
}
