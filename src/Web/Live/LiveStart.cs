using Microsoft.AspNetCore.SignalR.Client;

namespace SecurityTrax.Web.Live;

/// <summary>
/// The first connect, tried until it works: automatic reconnection only covers a connection that once stood, and a
/// console opened while the network or the gateway is away must still come live when they return.
/// </summary>
public sealed class LiveStart(HubConnection hub, TimeSpan retryEvery)
{
    public async Task RunAsync(Func<bool> wanted, Func<string, Task> setState)
    {
        while (wanted())
        {
            try
            {
                await setState("connecting");
                await hub.StartAsync();
                return;
            }
            catch (Exception e) when (e is HttpRequestException or System.Net.WebSockets.WebSocketException or InvalidOperationException or TimeoutException)
            {
                await setState("off");
                await Task.Delay(retryEvery);
            }
        }
    }
}
