using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ratsnetz.Testing;

/// <summary>
/// A remote OParl server for mirror tests: Kestrel on 127.0.0.1 with a random port (tests run in parallel), serving
/// either a folder of static JSON (the Karlsruhe sample; its URLs name another host and port, which are rewritten
/// to this server's address on the fly) or documents written by the test. Query strings are ignored, as a static
/// server would; failures can be scripted per path, and every request is recorded.
/// </summary>
public sealed class StaticOParlServer : IAsyncDisposable
{
    /// <summary>Stands for this server's base address (no trailing slash) in documents written by tests.</summary>
    public const string BasePlaceholder = "{base}";

    private readonly WebApplication _app;
    private readonly Func<string, byte[]?> _content;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();

    private StaticOParlServer(WebApplication app, Func<StaticOParlServer, Func<string, byte[]?>> content)
    {
        _app = app;
        _content = content(this);
        app.Run(ServeAsync);
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Base address without the trailing slash, as it replaces <see cref="BasePlaceholder"/>.</summary>
    public string Base => BaseAddress.ToString().TrimEnd('/');

    /// <summary>Path and query of every request, in order of arrival.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>Called with each request's path before it is answered (e.g. to cancel a run after some pages).</summary>
    public Action<string>? OnRequest { get; set; }

    /// <summary>Serves a folder (queries ignored); <paramref name="originalBase"/> (e.g. http://127.0.0.1:8765) in JSON files becomes this server's address.</summary>
    public static Task<StaticOParlServer> ServeDirectoryAsync(string root, string originalBase)
    {
        var cache = new ConcurrentDictionary<string, byte[]?>(StringComparer.Ordinal);
        return StartAsync(server => pathAndQuery => cache.GetOrAdd(pathAndQuery.Split('?')[0], p =>
        {
            var file = Path.GetFullPath(Path.Combine(root, p.TrimStart('/')));
            if (!file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(file))
            {
                return null;
            }

            return file.EndsWith(".json", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(File.ReadAllText(file).Replace(originalBase, server.Base, StringComparison.Ordinal))
                : File.ReadAllBytes(file);
        }));
    }

    /// <summary>
    /// Serves documents by path and query ("/list?page=2"), else by path alone ("/system"); the test may change them
    /// between runs. <see cref="BasePlaceholder"/> in them becomes this server's address.
    /// </summary>
    public static Task<StaticOParlServer> ServeDocumentsAsync(IDictionary<string, string> documents) =>
        StartAsync(server => pathAndQuery => documents.TryGetValue(pathAndQuery, out var text) || documents.TryGetValue(pathAndQuery.Split('?')[0], out text)
            ? Encoding.UTF8.GetBytes(text.Replace(BasePlaceholder, server.Base, StringComparison.Ordinal))
            : null);

    public string Url(string path) => Base + path;

    /// <summary>The next requests of <paramref name="path"/> are answered with these status codes, then normally.</summary>
    public void Fail(string path, params int[] statuses) =>
        _failures.GetOrAdd(path, _ => new ConcurrentQueue<int>()).EnqueueRange(statuses);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<StaticOParlServer> StartAsync(Func<StaticOParlServer, Func<string, byte[]?>> content)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new StaticOParlServer(builder.Build(), content);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var pathAndQuery = path + context.Request.QueryString.Value;
        _requests.Enqueue(pathAndQuery);
        OnRequest?.Invoke(path);
        if (_failures.TryGetValue(path, out var queue) && queue.TryDequeue(out var status))
        {
            context.Response.StatusCode = status;
            return;
        }

        if (_content(pathAndQuery) is not { } body)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = path.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}

internal static class QueueExtensions
{
    public static void EnqueueRange<T>(this ConcurrentQueue<T> queue, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            queue.Enqueue(item);
        }
    }
}
