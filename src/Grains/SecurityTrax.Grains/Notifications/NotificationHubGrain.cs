using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace SecurityTrax.Notifications;

/// <summary>Fans a tenant's notifications out to every gateway that observes it. Holds no durable state.</summary>
public sealed class NotificationHubGrain(ILogger<NotificationHubGrain> logger) : Grain, INotificationHubGrain, INotificationPublisherGrain
{
    /// <summary>Gateways renew well within this; a gateway that vanished drops out after it.</summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);

    private readonly ObserverManager<IEventsObserver> _observers = new(SubscriptionLifetime, logger);

    public Task SubscribeAsync(IEventsObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IEventsObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task PublishAsync(NotificationDetails[] notifications)
    {
        _observers.Notify(o => o.OnNotificationsAsync(notifications));
        return Task.CompletedTask;
    }

    public Task PublishCustomerEventAsync(CustomerEvent customerEvent)
    {
        _observers.Notify(o => o.OnCustomerEventAsync(customerEvent));
        return Task.CompletedTask;
    }

    public Task PublishSessionEndedAsync(SessionEnded ended)
    {
        _observers.Notify(o => o.OnSessionEndedAsync(ended));
        return Task.CompletedTask;
    }
}
