using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>
/// The hub connections of each signed-in user on this gateway, so that the silo's word that a user's sessions ended
/// (disabled, role changed, password reset) closes them at once, and tokens issued before it cannot reconnect.
/// </summary>
public sealed class HubSessions(TimeProvider time)
{
    /// <summary>No access token lives longer (<c>Auth:AccessTokenLifetime</c> is at most a day), so no end need be kept longer.</summary>
    private static readonly TimeSpan KeepEndsFor = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _connections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _ended = new(StringComparer.Ordinal);

    public void Add(string tenant, string userId, HubCallerContext context) =>
        _connections.GetOrAdd(HubGroups.User(tenant, userId), _ => new(StringComparer.Ordinal))[context.ConnectionId] = context;

    public void Remove(string tenant, string userId, string connectionId)
    {
        if (_connections.TryGetValue(HubGroups.User(tenant, userId), out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    /// <summary>Records that the user's sessions ended now, by this gateway's clock (the one its tokens carry); returns the connections to close.</summary>
    public IReadOnlyList<HubCallerContext> End(string tenant, string userId)
    {
        var key = HubGroups.User(tenant, userId);
        var now = time.GetUtcNow();
        _ended[key] = now;
        var forgetBefore = now - KeepEndsFor;
        foreach (var old in _ended.Where(e => e.Value < forgetBefore))
        {
            _ended.TryRemove(old);
        }

        return _connections.TryRemove(key, out var connections) ? [.. connections.Values] : [];
    }

    /// <summary>Whether a token issued at <paramref name="issuedAt"/> may predate the end of the user's sessions.</summary>
    /// <remarks>Tokens carry whole seconds: one issued in the second of the end counts as before it (a fresh token waits a second).</remarks>
    public bool EndedAfter(string tenant, string userId, DateTimeOffset issuedAt) =>
        _ended.TryGetValue(HubGroups.User(tenant, userId), out var ended)
        && issuedAt.ToUnixTimeSeconds() <= ended.ToUnixTimeSeconds();
}
