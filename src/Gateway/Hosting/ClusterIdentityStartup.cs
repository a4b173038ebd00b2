namespace SecurityTrax.Gateway.Hosting;

/// <summary>Checks the cluster's identity as soon as the gateway starts, so that a mismatch is logged at once.</summary>
public sealed class ClusterIdentityStartup(ClusterIdentityCheck check) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Not awaited: a gateway that reached the wrong cluster still starts, and answers 503 until it reaches its own.
        check.EnsureAsync().ContinueWith(
            static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
