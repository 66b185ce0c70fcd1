using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Ratsnetz.Import.OParl;

public enum FetchStatus
{
    Ok,

    /// <summary>404 or 410: the object is not there; retrying will not help.</summary>
    NotFound,

    /// <summary>Still failing after the retries, refused (other 4xx) or not JSON.</summary>
    Failed,
}

public sealed record FetchResult<T>(FetchStatus Status, T? Value, string? Problem);

/// <summary>
/// The mirror's only way to the remote server: at most <see cref="OParlClientOptions.Concurrency"/> requests at once,
/// a timeout per request, and retries with exponential back-off on 5xx, 408, 429 (honouring Retry-After), timeouts
/// and connection failures. URLs are logged, bodies never (they hold names of people).
/// </summary>
public sealed partial class OParlClient(HttpClient http, OParlClientOptions options, TimeProvider clock, ILogger<OParlClient> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(Math.Max(1, options.Concurrency));
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    public OParlClientOptions Options => options;

    public Task<FetchResult<JsonElement>> GetJsonAsync(string url, CancellationToken ct) =>
        SendAsync(url, async (content, token) =>
        {
            await using var stream = await content.ReadAsStreamAsync(token);
            return await JsonSerializer.DeserializeAsync<JsonElement>(stream, cancellationToken: token);
        }, ct);

    public Task<FetchResult<byte[]>> GetBytesAsync(string url, CancellationToken ct) =>
        SendAsync(url, async (content, token) =>
        {
            if (content.Headers.ContentLength > options.MaxFileBytes)
            {
                throw new InvalidDataException($"larger than {options.MaxFileBytes} bytes");
            }

            return await content.ReadAsByteArrayAsync(token);
        }, ct);

    private async Task<FetchResult<T>> SendAsync<T>(string url, Func<HttpContent, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return new FetchResult<T>(FetchStatus.Failed, default, "no http(s) URL");
        }

        string problem = "no attempt";
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            await _gate.WaitAsync(ct);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(options.RequestTimeout);
                Interlocked.Increment(ref _requests);
                using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return new FetchResult<T>(FetchStatus.Ok, await read(response.Content, timeout.Token), null);
                }

                problem = $"HTTP {(int)response.StatusCode}";
                if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
                {
                    return new FetchResult<T>(FetchStatus.NotFound, default, problem);
                }

                if (!IsTransient(response.StatusCode))
                {
                    return new FetchResult<T>(FetchStatus.Failed, default, problem);
                }

                retryAfter = RetryAfter(response);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                problem = "timeout";
            }
            catch (HttpRequestException e)
            {
                problem = e.HttpRequestError.ToString();
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                // A body that is not what was asked for will not improve on a retry.
                return new FetchResult<T>(FetchStatus.Failed, default, e is JsonException ? "not JSON" : e.Message);
            }
            finally
            {
                _gate.Release();
            }

            if (attempt >= options.Retries)
            {
                LogGaveUp(url, attempt + 1, problem);
                return new FetchResult<T>(FetchStatus.Failed, default, problem);
            }

            var backoff = options.BackoffBase * Math.Pow(2, attempt);
            var pause = retryAfter is { } asked ? (asked < options.MaxBackoff ? asked : options.MaxBackoff) : backoff;
            LogRetry(url, problem, pause.TotalMilliseconds);
            await Task.Delay(pause, clock, ct);
        }
    }

    /// <summary>Releases the concurrency gate; the HttpClient belongs to the caller.</summary>
    public void Dispose() => _gate.Dispose();

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "OParl request to {Url} failed ({Problem}); retrying in {PauseMs} ms")]
    private partial void LogRetry(string url, string problem, double pauseMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OParl request to {Url} failed after {Attempts} attempts ({Problem})")]
    private partial void LogGaveUp(string url, int attempts, string problem);
}
