using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ratsnetz.Common.Auditing;

namespace Ratsnetz.Alerts;

/// <summary>Registers the alert use cases; options and the mail sender are registered by the host (they come from its configuration).</summary>
public static class AlertHandlers
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<AuditLog>();
        services.TryAddSingleton<AlertMails>();
        services.AddScoped<SubscribeHandler>();
        services.AddScoped<ConfirmSubscriptionHandler>();
        services.AddScoped<UnsubscribeHandler>();
        services.AddScoped<DescribeAlertLinkHandler>();
        services.AddScoped<DescribeAlertTargetHandler>();
        services.AddScoped<ListSubscriptionsHandler>();
        services.AddScoped<RemoveSubscriptionHandler>();
        services.AddScoped<DigestContent>();
        services.AddScoped<SendAlertDigestsHandler>();
    }
}
