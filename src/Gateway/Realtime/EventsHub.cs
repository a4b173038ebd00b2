using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Customers;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>Live pushes to signed-in users; what a user missed while disconnected is in their inbox.</summary>
[Authorize]
public sealed class EventsHub(NotificationRelay relay, HubSessions sessions, SessionCheck check) : Hub<IEventsClient>
{
    public const string Path = AuthHostingExtensions.HubPath + "/events";

    public override async Task OnConnectedAsync()
    {
        var user = CurrentUser.From(Context.User!) ?? throw new HubException("Not signed in.");
        // Added before the check: an end that arrives after the check finds the connection and closes it.
        sessions.Add(user.Tenant, user.UserId, Context);
        if (!await check.IsCurrentAsync(user))
        {
            // The user was disabled or changed since this token was issued: sign in or refresh first. (The token was
            // checked when the connection was requested too; this catches an end pushed in between.)
            sessions.Remove(user.Tenant, user.UserId, Context.ConnectionId);
            throw new HubException("This session has ended.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.User(user.Tenant, user.UserId));
        await relay.WatchTenantAsync(user.Tenant);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (CurrentUser.From(Context.User!) is { } user)
        {
            sessions.Remove(user.Tenant, user.UserId, Context.ConnectionId);
        }

        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Receive live events of a customer (payment outcomes) while viewing it; needs <c>customers.view</c>.</summary>
    public async Task WatchCustomer(long customerId)
    {
        var user = CurrentUser.From(Context.User!) ?? throw new HubException("Not signed in.");
        if (!user.Grants.Contains(Grants.For(CustomersApi.Resource, Grants.View)))
        {
            throw new HubException("Watching a customer needs customers.view.");
        }

        // The group carries the tenant of the token, so a watcher never hears of another company's customer.
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Customer(user.Tenant, customerId));
    }

    public async Task UnwatchCustomer(long customerId)
    {
        var user = CurrentUser.From(Context.User!) ?? throw new HubException("Not signed in.");
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Customer(user.Tenant, customerId));
    }
}
