using SecurityTrax.Identity;
using SecurityTrax.Security;

namespace SecurityTrax.Notifications;

/// <summary>
/// The publishing side of a tenant's hub grain (same grain, key <c>{tenant}/notifications</c>): grains publish, and no
/// client may, so a gateway cannot push into any company's live events.
/// </summary>
[Alias("SecurityTrax.INotificationPublisherGrain")]
public interface INotificationPublisherGrain : ITenantGrain, ISiloOnlyGrain
{
    [Alias("Publish")]
    Task PublishAsync(NotificationDetails[] notifications);

    /// <summary>Live only: a gateway forwards it to the customer's viewers; a viewer who missed it reloads the customer.</summary>
    [Alias("PublishCustomerEvent")]
    Task PublishCustomerEventAsync(CustomerEvent customerEvent);

    /// <summary>Live only: gateways close the user's hub connections (issue 22, point 5).</summary>
    [Alias("PublishSessionEnded")]
    Task PublishSessionEndedAsync(SessionEnded ended);
}
