namespace SecurityTrax.Gateway.Hosting;

/// <summary>
/// Grain calls made by the gateway stop waiting as soon as the connection to the silos is gone, instead of waiting
/// for the 30-second response timeout; the caller then answers 503 and the client retries (with the same
/// Idempotency-Key, so a money request that did reach a silo is not repeated).
/// </summary>
/// <remarks>
/// While disconnected, one call a second still goes out and waits briefly: it is what makes the Orleans client try
/// the silo again, so the gateway notices when the cluster is back.
/// </remarks>
public sealed class FailFastWhenDisconnected(ClusterConnectionWatch watch, TimeProvider time) : IOutgoingGrainCallFilter
{
    public static readonly TimeSpan ProbeWait = TimeSpan.FromSeconds(1);

    private long _lastProbe;

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (watch.IsDown)
        {
            return ProbeOrRefuseAsync(context);
        }

        var lost = watch.Lost;
        var call = context.Invoke();
        return call.IsCompleted ? call : WaitAsync(call, lost);
    }

    private static async Task WaitAsync(Task call, CancellationToken lost)
    {
        try
        {
            await call.WaitAsync(lost);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested && !call.IsCompleted)
        {
            Observe(call);
            throw new ClusterUnavailableException("The connection to the silos dropped while this request was waiting for them.");
        }
    }

    private async Task ProbeOrRefuseAsync(IOutgoingGrainCallContext context)
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastProbe);
        if (time.GetElapsedTime(last, now) < ProbeWait || Interlocked.CompareExchange(ref _lastProbe, now, last) != last)
        {
            throw new ClusterUnavailableException("No silo is reachable from this gateway.");
        }

        var call = context.Invoke();
        try
        {
            await call.WaitAsync(ProbeWait, time);
        }
        catch (TimeoutException) when (!call.IsCompleted)
        {
            Observe(call);
            throw new ClusterUnavailableException("No silo is reachable from this gateway.");
        }
    }

    // The abandoned call still ends (answer or timeout) later; nobody waits for it then.
    private static void Observe(Task call) =>
        call.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
