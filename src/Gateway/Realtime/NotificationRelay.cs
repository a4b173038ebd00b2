using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Hosting;
using SecurityTrax.Identity;
using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>This gateway's observers: one per tenant with users connected or signed in here, subscribed to that tenant's hub grain.</summary>
/// <remarks>
/// Subscriptions are renewed well inside their lifetime, which also re-subscribes after a silo failover moved
/// the hub grain. Pushes missed in between are in the users' inboxes. Each observer sends only to its own tenant's
/// groups (<see cref="TenantRelay"/>).
/// </remarks>
public sealed partial class NotificationRelay(
    IClusterClient cluster, IHubContext<EventsHub, IEventsClient> hub, HubSessions sessions, SessionBoundaries boundaries,
    ILogger<NotificationRelay> logger)
    : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan UnsubscribeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Per tenant: its observer's reference, made once (the observer object is kept alive by this map).</summary>
    private readonly ConcurrentDictionary<string, Lazy<(TenantRelay Relay, IEventsObserver Reference)>> _tenants = new(StringComparer.Ordinal);

    public async Task WatchTenantAsync(string tenant)
    {
        if (_tenants.ContainsKey(tenant))
        {
            return;
        }

        var observer = new Lazy<(TenantRelay, IEventsObserver)>(() =>
        {
            var relay = new TenantRelay(tenant, hub, sessions, boundaries, logger);
            return (relay, cluster.CreateObjectReference<IEventsObserver>(relay));
        });
        if (_tenants.TryAdd(tenant, observer))
        {
            await SubscribeAsync(tenant);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var tenant in _tenants.Keys)
            {
                await SubscribeAsync(tenant);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var tenant in _tenants.Keys)
        {
            try
            {
                // When the silos are already gone this would wait for the full call timeout.
                AsSystemOf(tenant);
                await Hub(tenant).UnsubscribeAsync(Reference(tenant)).WaitAsync(UnsubscribeTimeout, cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or OrleansException or OperationCanceledException or ClusterUnavailableException)
            {
                LogUnsubscribeFailed(tenant);
            }
        }
    }

    private async Task SubscribeAsync(string tenant)
    {
        try
        {
            AsSystemOf(tenant);
            await Hub(tenant).SubscribeAsync(Reference(tenant));
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or ClusterUnavailableException)
        {
            // Not fatal: a renewal that failed while no silo answered must not stop this gateway.
            LogSubscribeFailed(e, tenant);
        }
    }

    /// <summary>The observer this gateway subscribed for <paramref name="tenant"/> (null before a user of it connected here).</summary>
    public IEventsObserver? ObserverOf(string tenant) => _tenants.TryGetValue(tenant, out var observer) ? observer.Value.Relay : null;

    private IEventsObserver Reference(string tenant) => _tenants[tenant].Value.Reference;

    private static void AsSystemOf(string tenant) => CallerContext.Set(Caller.System(tenant, "gateway"));

    private INotificationHubGrain Hub(string tenant) =>
        cluster.GetGrain<INotificationHubGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to live notifications of {Tenant} failed; retrying at the next renewal")]
    private partial void LogSubscribeFailed(Exception exception, string tenant);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not unsubscribe from {Tenant} at shutdown; the subscription expires by itself")]
    private partial void LogUnsubscribeFailed(string tenant);
}
