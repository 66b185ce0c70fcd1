using System.Collections.Concurrent;

namespace Ratsnetz.Testing;

/// <summary>
/// One demo server per database engine, shared by all read-only tests of a test run (starting one costs a
/// migration and the demo data). Tests that change data start their own <see cref="PortalServer"/>.
/// </summary>
public static class DemoPortal
{
    private static readonly ConcurrentDictionary<DatabaseKind, Lazy<Task<PortalServer>>> Servers = new();

    static DemoPortal()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var server in Servers.Values.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully))
            {
                server.Value.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        };
    }

    public static Task<PortalServer> GetAsync(DatabaseKind kind)
    {
        TestEnvironment.SkipUnlessAvailable(kind);
        return Servers.GetOrAdd(kind, k => new Lazy<Task<PortalServer>>(() => PortalServer.StartAsync(k))).Value;
    }

    public static string DemoPassword => Hosting.DemoMode.Password;
}
