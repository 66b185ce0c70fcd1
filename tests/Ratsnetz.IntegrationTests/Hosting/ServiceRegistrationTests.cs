using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Testing;
using Ratsnetz.Web;

namespace Ratsnetz.Hosting;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task Every_Core_handler_can_be_resolved_from_the_web_host()
    {
        await using var database = await TestDatabases.CreateAsync(DatabaseKind.Sqlite);
        await using var app = WebApp.Build(new RatsnetzHostOptions { Overrides = database.HostSettings() });
        var handlers = typeof(Data.AppDbContext).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .ToList();

        await using var scope = app.Services.CreateAsyncScope();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, handler => Assert.NotNull(scope.ServiceProvider.GetService(handler)));
    }
}
