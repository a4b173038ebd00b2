using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using SecurityTrax.Gateway.Me;
using SecurityTrax.Identity;
using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>This gateway's one observer: subscribed to the hub grain of every tenant with users connected here.</summary>
/// <remarks>
/// Subscriptions are renewed well inside their lifetime, which also re-subscribes after a silo failover moved
/// the hub grain. Pushes missed in between are in the users' inboxes.
/// </remarks>
public sealed partial class NotificationRelay(
    IClusterClient cluster, IHubContext<EventsHub, IEventsClient> hub, HubSessions sessions, ILogger<NotificationRelay> logger)
    : BackgroundService, IEventsObserver
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan UnsubscribeTimeout = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, byte> _tenants = new(StringComparer.Ordinal);
    private IEventsObserver? _reference;

    private IEventsObserver Reference => _reference ??= cluster.CreateObjectReference<IEventsObserver>(this);

    public async Task WatchTenantAsync(string tenant)
    {
        if (_tenants.TryAdd(tenant, 0))
        {
            await SubscribeAsync(tenant);
        }
    }

    public async Task OnNotificationsAsync(NotificationDetails[] notifications)
    {
        foreach (var n in notifications)
        {
            await hub.Clients.Group(HubGroups.User(n.Tenant, n.UserId)).Notification(NotificationResponse.From(n));
        }
    }

    public Task OnCustomerEventAsync(CustomerEvent customerEvent) =>
        hub.Clients.Group(HubGroups.Customer(customerEvent.Tenant, customerEvent.CustomerId)).CustomerEvent(CustomerEventResponse.From(customerEvent));

    /// <summary>Tells the user's connections why, then closes them; a new connection needs a token issued after this.</summary>
    public async Task OnSessionEndedAsync(SessionEnded ended)
    {
        var connections = sessions.End(ended.Tenant, ended.UserId);
        await hub.Clients.Group(HubGroups.User(ended.Tenant, ended.UserId)).SessionEnded(new SessionEndedResponse(ended.Reason));
        foreach (var connection in connections)
        {
            connection.Abort();
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
                await Hub(tenant).UnsubscribeAsync(Reference).WaitAsync(UnsubscribeTimeout, cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or OrleansException or OperationCanceledException)
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
            await Hub(tenant).SubscribeAsync(Reference);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            LogSubscribeFailed(e, tenant);
        }
    }

    private static void AsSystemOf(string tenant) => CallerContext.Set(Caller.System(tenant, "gateway"));

    private INotificationHubGrain Hub(string tenant) =>
        cluster.GetGrain<INotificationHubGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to live notifications of {Tenant} failed; retrying at the next renewal")]
    private partial void LogSubscribeFailed(Exception exception, string tenant);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not unsubscribe from {Tenant} at shutdown; the subscription expires by itself")]
    private partial void LogUnsubscribeFailed(string tenant);
}
