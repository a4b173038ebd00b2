using Orleans.Concurrency;

namespace SecurityTrax.Notifications;

/// <summary>Implemented by each gateway, which forwards what it receives to its SignalR connections.</summary>
[Alias("SecurityTrax.IEventsObserver")]
public interface IEventsObserver : IGrainObserver
{
    [OneWay]
    [Alias("OnNotifications")]
    Task OnNotificationsAsync(NotificationDetails[] notifications);

    [OneWay]
    [Alias("OnCustomerEvent")]
    Task OnCustomerEventAsync(CustomerEvent customerEvent);

    [OneWay]
    [Alias("OnSessionEnded")]
    Task OnSessionEndedAsync(SessionEnded ended);
}
