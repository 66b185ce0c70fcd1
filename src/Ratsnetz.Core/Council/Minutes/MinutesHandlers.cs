using Microsoft.Extensions.DependencyInjection;

namespace Ratsnetz.Council.Minutes;

/// <summary>Registers the minutes and invitation documents and the minutes workflow.</summary>
public static class MinutesHandlers
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<GetMinutesDocumentHandler>();
        services.AddScoped<GetInvitationDocumentHandler>();
        services.AddScoped<GetMinutesOverviewHandler>();
        services.AddScoped<EditMinutesDraftHandler>();
        services.AddScoped<SignMinutesHandler>();
        services.AddScoped<PublishMinutesHandler>();
        services.AddScoped<AddMinutesAddendumHandler>();
    }
}
