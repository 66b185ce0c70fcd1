using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ratsnetz.Hosting;
using Ratsnetz.Web;

namespace Ratsnetz.Testing;

/// <summary>
/// The real web host on Kestrel at 127.0.0.1 with a random port, on a test database. Browser tests and HTTP tests
/// use the same server, so what they check is what users get.
/// </summary>
public sealed partial class PortalServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private PortalServer(WebApplication app, TestDatabase database, Uri baseAddress)
    {
        _app = app;
        _database = database;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public DatabaseKind Kind => _database.Kind;

    public TestClock Clock { get; private set; } = new();

    /// <summary>Starts a server on a new database; with <paramref name="demo"/> it holds the demo data and demo accounts.</summary>
    public static async Task<PortalServer> StartAsync(DatabaseKind kind, bool demo = true, TestClock? clock = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        await StartAsync(await TestDatabase.CreateEmptyAsync(kind), demo, clock, settings);

    /// <summary>Starts a server on a database the test prepared (e.g. with work left behind by a stopped server); the server owns it from now on.</summary>
    /// <param name="extra">Further configuration, e.g. <c>Ratsnetz:Mail:Host</c> for tests that send mail.</param>
    public static async Task<PortalServer> StartAsync(TestDatabase database, bool demo, TestClock? clock = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = database.HostSettings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        settings["urls"] = "http://127.0.0.1:0";
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning";
        settings["Ratsnetz:Documents"] = TestEnvironment.SeedDocuments;
        var testClock = clock ?? new TestClock();
        var app = WebApp.Build(new RatsnetzHostOptions
        {
            Overrides = settings,
            ConfigureServices = services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(testClock)),
        });
        var hostSettings = app.Services.GetRequiredService<RatsnetzSettings>();
        if (demo)
        {
            await DemoMode.PrepareAsync(app.Services, hostSettings, CancellationToken.None);
        }
        else
        {
            await database.MigrateAsync();
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PortalServer(app, database, new Uri(address)) { Clock = testClock };
    }

    /// <summary>A client that keeps cookies (for sign-in) and follows redirects.</summary>
    public HttpClient CreateClient(bool followRedirects = true) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects, UseCookies = true })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>Signs in through the real login form, antiforgery token included.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync(new Uri("/anmelden", UriKind.Relative));
        var token = AntiforgeryField().Match(form);
        var emailField = InputName("email").Match(form);
        var passwordField = InputName("password").Match(form);
        if (!token.Success || !emailField.Success || !passwordField.Success)
        {
            throw new InvalidOperationException("The login form lacks an e-mail field, a password field or the antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [emailField.Groups["name"].Value] = email,
            [passwordField.Groups["name"].Value] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
        });
        using var response = await client.PostAsync(new Uri("/anmelden", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private static Regex InputName(string type) =>
        new($"<input[^>]*type=\"{type}\"[^>]*name=\"(?<name>[^\"]+)\"|<input[^>]*name=\"(?<name>[^\"]+)\"[^>]*type=\"{type}\"", RegexOptions.IgnoreCase);
}
