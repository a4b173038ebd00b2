using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using SecurityTrax.Gateway.Auth;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>Live pushes to signed-in users; what a user missed while disconnected is in their inbox.</summary>
[Authorize]
public sealed class EventsHub(NotificationRelay relay) : Hub<IEventsClient>
{
    public const string Path = AuthHostingExtensions.HubPath + "/events";

    public override async Task OnConnectedAsync()
    {
        var user = CurrentUser.From(Context.User!) ?? throw new HubException("Not signed in.");
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.User(user.Tenant, user.UserId));
        await relay.WatchTenantAsync(user.Tenant);
        await base.OnConnectedAsync();
    }
}
