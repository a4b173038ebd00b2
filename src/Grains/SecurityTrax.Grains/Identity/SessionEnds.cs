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
