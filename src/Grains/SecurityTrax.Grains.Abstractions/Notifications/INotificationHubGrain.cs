using SecurityTrax.Identity;

namespace SecurityTrax.Notifications;

/// <summary>A tenant's live fan-out point, key <c>{tenant}/notifications</c>: gateways observe; grains publish through the silo-only INotificationPublisherGrain.</summary>
/// <remarks>Subscriptions expire unless renewed, so a gateway that died stops receiving without saying goodbye.</remarks>
[Alias("SecurityTrax.INotificationHubGrain")]
public interface INotificationHubGrain : ITenantGrain
{
    public const string Id = "notifications";

    [Alias("Subscribe")]
    Task SubscribeAsync(IEventsObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IEventsObserver observer);
}
