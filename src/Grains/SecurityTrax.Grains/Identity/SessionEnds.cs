using SecurityTrax.Notifications;

namespace SecurityTrax.Identity;

/// <summary>
/// Ends a user's sessions: raises their stamp (saved with the user, so every gateway refuses older access tokens, also
/// after a restart), and once saved tells the gateways to close their live connections at once.
/// </summary>
public static class SessionEnds
{
    /// <summary>Voids the user's access tokens when <paramref name="reason"/> says why; returns it for the push after the save.</summary>
    /// <param name="reason">Why the sessions end; null when the change ends none (a profile edit, enabling).</param>
    public static string? Void(UserRecord user, string? reason)
    {
        if (reason is not null)
        {
            user.SessionStamp++;
        }

        return reason;
    }

    /// <summary>Voids the access tokens of every holder of <paramref name="role"/>: theirs carry the role's old grants.</summary>
    public static UserRecord[] VoidHolders(UserDirectoryState state, string role, string reason)
    {
        var holders = state.Users.Values.Where(u => u.Role == role).ToArray();
        foreach (var user in holders)
        {
            Void(user, reason);
        }

        return holders;
    }

    /// <summary>One push per user, after the save that raised their stamps.</summary>
    public static async Task PublishAsync(IGrainFactory grains, string tenant, IEnumerable<UserRecord> users, string reason, DateTimeOffset now)
    {
        foreach (var user in users)
        {
            await PublishAsync(grains, tenant, user, reason, now);
        }
    }

    /// <summary>Live only: an unreachable hub is not an error, gateways read the saved stamp within their check interval.</summary>
    public static async Task PublishAsync(IGrainFactory grains, string tenant, UserRecord user, string? reason, DateTimeOffset now)
    {
        if (reason is null)
        {
            return;
        }

        try
        {
            await grains.GetGrain<INotificationPublisherGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id))
                .PublishSessionEndedAsync(new SessionEnded(tenant, user.Id, reason, now, user.SessionStamp));
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            // The change itself is saved and in the security log; only the early close is lost.
        }
    }
}
