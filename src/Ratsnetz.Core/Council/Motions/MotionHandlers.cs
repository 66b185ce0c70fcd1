using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ratsnetz.Common.Auditing;

namespace Ratsnetz.Council.Motions;

/// <summary>Registers the use cases for motions and statements.</summary>
public static class MotionHandlers
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<AuditLog>();
        services.AddScoped<SubmitMotionHandler>();
        services.AddScoped<GetMotionOptionsHandler>();
        services.AddScoped<PassStatementHandler>();
        services.AddScoped<GetStatementTargetsHandler>();
    }
}
