using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ratsnetz.Data;

namespace Ratsnetz.Web.Infrastructure;

/// <summary>Healthy when the database answers; /health is what a load balancer or monitoring polls.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("database error");
        }
    }
}
