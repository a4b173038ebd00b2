using Microsoft.AspNetCore.SignalR;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Me;
using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>
/// The observer this gateway subscribes to one tenant's hub grain: it sends only to that tenant's groups, whatever an
/// event says its tenant is.
/// </summary>
/// <remarks>
/// One observer per tenant, because an observer call does not say which grain made it: the tenant is the one this
/// observer was subscribed for. An event naming another tenant is a fault (or a forgery) upstream; it is dropped and
/// logged, never sent to the tenant it names.
/// </remarks>
public sealed partial class TenantRelay(
    string tenant, IHubContext<EventsHub, IEventsClient> hub, HubSessions sessions, SessionBoundaries boundaries, ILogger logger)
    : IEventsObserver
{
    public string Tenant { get; } = tenant;

    public async Task OnNotificationsAsync(NotificationDetails[] notifications)
    {
        foreach (var n in notifications)
        {
            if (Belongs(n.Tenant, n.Kind))
            {
                await hub.Clients.Group(HubGroups.User(Tenant, n.UserId)).Notification(NotificationResponse.From(n));
            }
        }
    }

    public Task OnCustomerEventAsync(CustomerEvent customerEvent) =>
        Belongs(customerEvent.Tenant, customerEvent.Kind)
            ? hub.Clients.Group(HubGroups.Customer(Tenant, customerEvent.CustomerId)).CustomerEvent(CustomerEventResponse.From(customerEvent))
            : Task.CompletedTask;

    /// <summary>Voids older tokens on this gateway at once, tells the user's connections why, then closes them.</summary>
    public async Task OnSessionEndedAsync(SessionEnded ended)
    {
        if (!Belongs(ended.Tenant, "session-ended"))
        {
            return;
        }

        boundaries.Record(Tenant, ended.UserId, ended.SessionStamp);

        var connections = sessions.End(Tenant, ended.UserId);
        await hub.Clients.Group(HubGroups.User(Tenant, ended.UserId)).SessionEnded(new SessionEndedResponse(ended.Reason));
        foreach (var connection in connections)
        {
            connection.Abort();
        }
    }

    private bool Belongs(string eventTenant, string kind)
    {
        if (string.Equals(eventTenant, Tenant, StringComparison.Ordinal))
        {
            return true;
        }

        LogForeignEvent(Tenant, eventTenant, kind);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live {Kind} event naming tenant {EventTenant} came through the hub of {Tenant}; dropped")]
    private partial void LogForeignEvent(string tenant, string eventTenant, string kind);
}
