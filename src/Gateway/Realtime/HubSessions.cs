using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>
/// The hub connections of each signed-in user on this gateway, so that the silo's word that a user's sessions ended
/// (disabled, role changed, password reset) closes them at once. Whether a token may connect again is the user
/// directory's stamp (<see cref="Auth.SessionCheck"/>), not a memory of this gateway.
/// </summary>
public sealed class HubSessions
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _connections = new(StringComparer.Ordinal);

    public void Add(string tenant, string userId, HubCallerContext context) =>
        _connections.GetOrAdd(HubGroups.User(tenant, userId), _ => new(StringComparer.Ordinal))[context.ConnectionId] = context;

    public void Remove(string tenant, string userId, string connectionId)
    {
        if (_connections.TryGetValue(HubGroups.User(tenant, userId), out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    /// <summary>The user's connections on this gateway, to close: their sessions ended.</summary>
    public IReadOnlyList<HubCallerContext> End(string tenant, string userId) =>
        _connections.TryRemove(HubGroups.User(tenant, userId), out var connections) ? [.. connections.Values] : [];
}
