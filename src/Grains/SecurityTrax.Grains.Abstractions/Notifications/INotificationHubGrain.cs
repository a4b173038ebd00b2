using SecurityTrax.Identity;

namespace SecurityTrax.Notifications;

/// <summary>A tenant's live fan-out point, key <c>{tenant}/notifications</c>: grains publish, gateways observe.</summary>
/// <remarks>Subscriptions expire unless renewed, so a gateway that died stops receiving without saying goodbye.</remarks>
[Alias("SecurityTrax.INotificationHubGrain")]
public interface INotificationHubGrain : ITenantGrain
{
    public const string Id = "notifications";

    [Alias("Subscribe")]
    Task SubscribeAsync(IEventsObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IEventsObserver observer);

    [Alias("Publish")]
    Task PublishAsync(NotificationDetails[] notifications);

    /// <summary>Live only: a gateway forwards it to the customer's viewers; a viewer who missed it reloads the customer.</summary>
    [Alias("PublishCustomerEvent")]
    Task PublishCustomerEventAsync(CustomerEvent customerEvent);

    /// <summary>Live only: gateways close the user's hub connections (issue 22, point 5).</summary>
    [Alias("PublishSessionEnded")]
    Task PublishSessionEndedAsync(SessionEnded ended);
}
