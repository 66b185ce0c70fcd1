using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Testing;

namespace Ratsnetz.Infrastructure;

internal static class DemoQueries
{
    public static async Task<T> WithDbAsync<T>(PortalServer server, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
