using Microsoft.Extensions.Hosting;

namespace SecurityTrax.Silo.Hosting;

/// <summary>A hosted service that acts at one point of the host's start; every other hook does nothing.</summary>
public abstract class StartupStep : IHostedLifecycleService
{
    /// <summary>Before any hosted service starts (Orleans included).</summary>
    public virtual Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After every hosted service has started (the silo serves).</summary>
    public virtual Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
