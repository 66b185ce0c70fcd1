using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Testing;
using Ratsnetz.Testing.Alerts;
using Ratsnetz.Testing.Mail;

namespace Ratsnetz.Alerts;

/// <summary>
/// The portal with the demo data, mailing through the real <c>SmtpClient</c> into an <see cref="SmtpSink"/>. The
/// background job is off: tests run deliveries themselves, as the job and the CLI do, on the server's test clock.
/// </summary>
internal sealed partial class AlertServer : IAsyncDisposable
{
    /// <summary>Mail links point here (configured, never the request's host); tests follow them on the test server.</summary>
    public const string PortalUrl = "https://rat.kamen.example";

    private AlertServer(PortalServer portal, SmtpSink sink)
    {
        Portal = portal;
        Sink = sink;
    }

    public PortalServer Portal { get; }

    public SmtpSink Sink { get; }

    public TestClock Clock => Portal.Clock;

    public static async Task<AlertServer> StartAsync(DatabaseKind kind)
    {
        var sink = SmtpSink.Start();
        var portal = await PortalServer.StartAsync(kind, settings: sink.PortalSettings(PortalUrl));
        return new AlertServer(portal, sink);
    }

    public async Task<AlertRunSummary> SendAsync(AlertFrequency? frequency = null)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendAlertDigestsHandler>().HandleAsync(new SendAlertDigests(frequency), CancellationToken.None);
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task<int> KamenCouncilAsync() =>
        WithDbAsync(db => db.Organizations.Where(o => o.Name == "Integrationsrat der Stadt Kamen").Select(o => o.Id).SingleAsync());

    /// <summary>A paper consulted by <paramref name="organizationId"/>, recorded a minute from now on the test clock.</summary>
    public async Task<int> AddPaperAsync(int organizationId, string name, bool isPublic = true)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        return await WithDbAsync(db => AlertRecords.AddConsultedPaperAsync(db, organizationId, name, isPublic));
    }

    /// <summary>Posts a form the way a browser does after loading <paramref name="formPage"/>: with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, IDictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(new Uri(formPage, UriKind.Relative));
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value) };
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>The path and query of a link from a mail, to be followed on the test server.</summary>
    public static string Local(Uri link)
    {
        Assert.Equal(new Uri(PortalUrl).Authority, link.Authority);
        return link.PathAndQuery;
    }

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Sink.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
