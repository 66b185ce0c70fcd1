using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ratsnetz.Import.Uploads;

namespace Ratsnetz.Background;

/// <summary>
/// Imports uploaded documents one at a time through the same <c>ImportFileHandler</c> as <c>ratsnetz import</c>,
/// each in a scope of its own. Jobs live in the database: what a stopped server left behind is queued again at
/// start-up. Nothing escapes the loop; a job that throws is marked failed.
/// </summary>
public sealed partial class UploadWorker(IServiceScopeFactory scopes, UploadSignal signal, ILogger<UploadWorker> logger) : BackgroundService
{
    /// <summary>How often the queue is looked at without a signal (another server may have queued work).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan PauseAfterError = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Hand control back at once: the host's start-up must not wait for the first look at the queue.
        await Task.Yield();
        await TryAsync(RequeueAsync, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = await TryAsync(ProcessNextAsync, stoppingToken);
            try
            {
                if (worked is null)
                {
                    await Task.Delay(PauseAfterError, stoppingToken);
                }
                else if (worked == false)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    private async Task<bool> RequeueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<UploadJobs>().RequeueInterruptedAsync(ct);
        if (count > 0)
        {
            Log.Requeued(logger, count);
        }

        return count > 0;
    }

    /// <summary>Processes the next upload; false when the queue was empty.</summary>
    private async Task<bool> ProcessNextAsync(CancellationToken ct)
    {
        int? claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<UploadJobs>().ClaimNextAsync(ct);
        }

        if (claimed is not { } id)
        {
            return false;
        }

        Log.Started(logger, id);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var status = await scope.ServiceProvider.GetRequiredService<ProcessUploadHandler>().HandleAsync(new ProcessUpload(id), ct);
            Log.Finished(logger, id, status);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Only the kind of error is logged: messages may quote the document.
            Log.Crashed(logger, id, e.GetType().Name);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UploadJobs>().FailAsync(id, "upload.internal_error", "The import stopped with an internal error.", ct);
        }

        return true;
    }

    /// <summary>Runs one step; null when it failed (the database may be away), so the loop pauses and tries again.</summary>
    private async Task<bool?> TryAsync(Func<CancellationToken, Task<bool>> step, CancellationToken ct)
    {
        try
        {
            return await step(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            Log.StepFailed(logger, e.GetType().Name);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Upload {UploadId}: import started")]
        public static partial void Started(ILogger logger, int uploadId);

        [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Upload {UploadId}: finished as {Status}")]
        public static partial void Finished(ILogger logger, int uploadId, UploadStatus status);

        [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Upload {UploadId}: the import threw {ErrorType}; marked failed")]
        public static partial void Crashed(ILogger logger, int uploadId, string errorType);

        [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "{Count} interrupted upload(s) queued again")]
        public static partial void Requeued(ILogger logger, int count);

        [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Upload queue unavailable ({ErrorType}); trying again shortly")]
        public static partial void StepFailed(ILogger logger, string errorType);
    }
}
