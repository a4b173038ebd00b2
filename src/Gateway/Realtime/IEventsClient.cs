using SecurityTrax.Gateway.Me;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>What the server calls on connected browsers.</summary>
public interface IEventsClient
{
    Task Notification(NotificationResponse notification);

    /// <summary>Something happened to a customer this connection watches (<see cref="EventsHub.WatchCustomer"/>).</summary>
    Task CustomerEvent(CustomerEventResponse customerEvent);

    /// <summary>The user's sessions ended (disabled, role changed, password reset); the server closes the connection next.</summary>
    Task SessionEnded(SessionEndedResponse ended);
}
