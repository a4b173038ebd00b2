namespace SecurityTrax.Gateway.Hosting;

/// <summary>Keeps retrying the first connection while the silos start, for a bounded window.</summary>
public sealed partial class ConnectRetryFilter(TimeSpan window, TimeProvider time, ILogger<ConnectRetryFilter> logger)
    : IClientConnectionRetryFilter
{
    private readonly long _started = time.GetTimestamp();

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (time.GetElapsedTime(_started) >= window)
        {
            return false;
        }

        LogRetry(exception.Message);
        await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No silo reachable yet ({Reason}); retrying")]
    private partial void LogRetry(string reason);
}
