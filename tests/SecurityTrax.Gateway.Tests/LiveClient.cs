using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A real SignalR client connected to a gateway's events hub as one user.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _customerEvents = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(HubConnection connection)
    {
        _connection = connection;
        _connection.Closed += e =>
        {
            _closed.TrySetResult(e);
            return Task.CompletedTask;
        };
        _connection.On<JsonElement>("Notification", n => _received.Writer.TryWrite(n));
        _connection.On<JsonElement>("CustomerEvent", e => _customerEvents.Writer.TryWrite(e));
    }

    public static async Task<LiveClient> ConnectAsync(WebApplicationFactory<Program> gateway, string accessToken)
    {
        var server = gateway.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/events"), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        var client = new LiveClient(connection);
        await connection.StartAsync();
        return client;
    }

    public async Task<JsonElement> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await _received.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>Joins the live events of a customer, as a browser showing that customer does.</summary>
    public Task WatchCustomerAsync(long customerId) => _connection.InvokeAsync("WatchCustomer", customerId);

    public Task UnwatchCustomerAsync(long customerId) => _connection.InvokeAsync("UnwatchCustomer", customerId);

    public async Task<JsonElement> NextCustomerEventAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await _customerEvents.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>Completes when the server closed the connection (the client never closes it by itself).</summary>
    public Task<Exception?> Closed => _closed.Task;

    public bool TryTake(out JsonElement notification) => _received.Reader.TryRead(out notification);

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
