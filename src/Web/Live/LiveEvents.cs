using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Live;

/// <summary>
/// The signed-in user's connection to the hub at <c>/hubs/events</c>: pushes go to the <see cref="Inbox"/> and to
/// listeners, and after any drop the connection comes back and reads what it missed from the inbox API
/// (<c>after=</c> the last sequence seen), so nothing pushed meanwhile is lost.
/// </summary>
public sealed class LiveEvents(AuthSession session, ApiClient api, NavigationManager nav, Inbox inbox) : IAsyncDisposable
{
    private const int NewestPage = 20;

    private readonly HashSet<long> _watched = [];
    private HubConnection? _hub;
    private bool _attached;

    /// <summary>connected, connecting, reconnecting or off; shown on the bell for people and tests.</summary>
    public string State { get; private set; } = "off";

    /// <summary>Notifications that arrived while the console was open (live, or caught up after a drop), oldest first.</summary>
    public event Action<Notification>? Arrived;

    /// <summary>Something happened to a watched customer (a payment outcome).</summary>
    public event Action<CustomerEvent>? CustomerChanged;

    public event Action? StateChanged;

    /// <summary>Follows the session: connects on sign-in (and after a reload), disconnects on sign-out.</summary>
    public void Attach()
    {
        if (!_attached)
        {
            _attached = true;
            session.Changed += OnSessionChanged;
            OnSessionChanged();
        }
    }

    public async Task WatchAsync(long customerId)
    {
        if (_watched.Add(customerId) && _hub is { State: HubConnectionState.Connected } hub)
        {
            await TryInvokeAsync(hub, "WatchCustomer", customerId);
        }
    }

    public async Task UnwatchAsync(long customerId)
    {
        if (_watched.Remove(customerId) && _hub is { State: HubConnectionState.Connected } hub)
        {
            await TryInvokeAsync(hub, "UnwatchCustomer", customerId);
        }
    }

    private async void OnSessionChanged()
    {
        // An event handler: the session raises it and goes on; failures end up in the connection's state, never thrown.
        if (session.SignedIn && _hub is null)
        {
            await StartAsync();
        }
        else if (!session.SignedIn && _hub is not null)
        {
            await StopAsync();
        }
    }

    private async Task StartAsync()
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(nav.ToAbsoluteUri("hubs/events"), o => o.AccessTokenProvider = () => Task.FromResult(session.AccessToken))
            .WithAutomaticReconnect(new LiveRetry())
            .Build();
        hub.On<Notification>("Notification", n => Announce(inbox.Merge([n])));
        hub.On<CustomerEvent>("CustomerEvent", e => CustomerChanged?.Invoke(e));
        hub.Reconnecting += _ => SetState("reconnecting");
        hub.Reconnected += _ => CatchUpAsync();
        _hub = hub;
        await new LiveStart(hub, LiveRetry.Longest).RunAsync(() => session.SignedIn && _hub == hub, SetState);
        if (_hub != hub || hub.State != HubConnectionState.Connected)
        {
            return;
        }

        // Connected first, then read: a push in between is in both, and the inbox shows it once.
        var newest = await api.GetAsync<Notification[]>($"api/v1/me/notifications?limit={NewestPage}");
        await inbox.OpenAsync(newest.Value ?? []);
        await WatchAgainAsync(hub);
        await SetState("connected");
    }

    private async Task CatchUpAsync()
    {
        await WatchAgainAsync(_hub!);
        var missed = await api.GetAsync<Notification[]>($"api/v1/me/notifications?after={inbox.LastSequence}&limit=100");
        Announce(inbox.Merge(missed.Value ?? []));
        await SetState("connected");
    }

    // A new connection is in no group: the customers on screen are watched again.
    private async Task WatchAgainAsync(HubConnection hub)
    {
        foreach (var customerId in _watched)
        {
            if (!await TryInvokeAsync(hub, "WatchCustomer", customerId))
            {
                return;
            }
        }
    }

    private static async Task<bool> TryInvokeAsync(HubConnection hub, string method, long customerId)
    {
        try
        {
            await hub.InvokeAsync(method, customerId);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or HubException or OperationCanceledException)
        {
            // Dropped meanwhile: a reconnect watches every customer on screen again.
            return false;
        }
    }

    private void Announce(IReadOnlyList<Notification> added)
    {
        foreach (var notification in added)
        {
            Arrived?.Invoke(notification);
        }
    }

    private Task SetState(string state)
    {
        State = state;
        StateChanged?.Invoke();
        return Task.CompletedTask;
    }

    private async Task StopAsync()
    {
        var hub = _hub;
        _hub = null;
        inbox.Close();
        await SetState("off");
        if (hub is not null)
        {
            await hub.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        session.Changed -= OnSessionChanged;
        await StopAsync();
    }
}
