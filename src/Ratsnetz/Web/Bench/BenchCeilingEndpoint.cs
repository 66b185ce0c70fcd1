using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Ratsnetz.Web.Bench;

/// <summary>
/// <c>GET /bench/ceiling?bytes=N</c>: a precomputed JSON answer of exactly N bytes, the upper bound <c>bench oparl</c>
/// compares the API with (same Kestrel, same middleware, no database, no serialisation). Exists only when the server
/// is started with <c>Ratsnetz:Bench:Ceiling=true</c>, which <c>bench oparl</c> does for the server it starts.
/// </summary>
public static class BenchCeilingEndpoint
{
    private const int MaxBytes = 10_000_000;
    private const int MaxCachedSizes = 16;

    public static WebApplication MapBenchCeiling(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Ratsnetz:Bench:Ceiling"))
        {
            return app;
        }

        var answers = new ConcurrentDictionary<int, byte[]>();
        app.MapGet("/bench/ceiling", (int? bytes) =>
        {
            var size = Math.Clamp(bytes ?? 100_000, 16, MaxBytes);
            var body = answers.Count < MaxCachedSizes ? answers.GetOrAdd(size, Build) : answers.GetValueOrDefault(size) ?? Build(size);
            return Results.Bytes(body, "application/json; charset=utf-8");
        });
        return app;
    }

    private static byte[] Build(int size)
    {
        const string Start = "{\"data\":\"";
        const string End = "\"}";
        return Encoding.UTF8.GetBytes(Start + new string('x', size - Start.Length - End.Length) + End);
    }
}
