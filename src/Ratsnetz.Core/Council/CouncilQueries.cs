using Microsoft.Extensions.DependencyInjection;

namespace Ratsnetz.Council;

/// <summary>Registers the council read models (queries) shared by portal, API and command line.</summary>
public static class CouncilQueries
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
    }
}
