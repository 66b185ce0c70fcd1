using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Access;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;
using Ratsnetz.Testing;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Council.Minutes;

/// <summary>Demo facts and extra accounts the minutes tests need, found by their facts rather than by ids.</summary>
internal static class MinutesTestKit
{
    public const string MinuteTakerEmail = "schulze@ratsnetz.example";
    public const string BergkamenManagementEmail = "gf-bergkamen@ratsnetz.example";

    /// <summary>The title of a part B item of the Kamen meeting that appears nowhere in part A.</summary>
    public const string PartBOnlyTitle = "Veröffentlichung von Tagesordnungspunkten der nichtöffentlichen Sitzung";

    public static async Task<int> KamenMeetingIdAsync(PortalServer server) => (await DemoLookup.KamenIntegrationCouncilMeetingAsync(server)).Id;

    public static async Task<T> WithServiceAsync<TService, T>(PortalServer server, Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>An administrator's view, which sees everything.</summary>
    public static Viewer Administrator => new("test-admin", true, null, new HashSet<int>());

    /// <summary>Adds an account for the Kamen minute taker (Hanna Schulze) and one for a Geschäftsführung of Bergkamen.</summary>
    public static async Task AddAccountsAsync(PortalServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var kamen = await db.Bodies.AsNoTracking().SingleAsync(b => b.ShortName == "Kamen");
        var schulze = await db.People.AsNoTracking().SingleAsync(p => p.BodyId == kamen.Id && p.FamilyName == "Schulze");
        var bergkamen = await db.Bodies.AsNoTracking().SingleAsync(b => b.ShortName == "Bergkamen");
        var bergkamenCouncil = await db.Organizations.AsNoTracking()
            .Where(o => o.BodyId == bergkamen.Id)
            .OrderBy(o => o.Kind == OrganizationKind.IntegrationCouncil ? 0 : 1).ThenBy(o => o.Id)
            .FirstAsync();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var results = new[]
        {
            await accounts.AddUserAsync(new NewAccount(MinuteTakerEmail, DemoPortal.DemoPassword, Roles.Member, "Hanna Schulze", PersonId: schulze.Id), CancellationToken.None),
            await accounts.AddUserAsync(new NewAccount(BergkamenManagementEmail, DemoPortal.DemoPassword, Roles.Management, "Geschäftsführung Bergkamen", Organizations: [bergkamenCouncil.Id]), CancellationToken.None),
        };
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Message));
    }
}
