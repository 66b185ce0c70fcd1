using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council;

/// <summary>Registers the council read models (queries) shared by portal, API and command line.</summary>
public static class CouncilQueries
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<GetMeetingOverviewHandler>();
        services.AddScoped<ListMeetingsHandler>();
        services.AddScoped<GetMeetingDetailsHandler>();
        services.AddScoped<ListOrganizationsHandler>();
        services.AddScoped<GetOrganizationDetailsHandler>();
        services.AddScoped<GetPersonDetailsHandler>();
        services.AddScoped<GetPaperDetailsHandler>();
        services.AddScoped<GetFileDetailsHandler>();
        services.AddScoped<GetFileContentHandler>();
    }
}
