namespace Ratsnetz.Background;

/// <summary>Wakes the upload worker when a new upload is queued, so it need not wait for its next look at the queue.</summary>
public sealed class UploadSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every upload queued meanwhile.
        }
    }

    /// <summary>Waits for a signal or the timeout; false on timeout.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
