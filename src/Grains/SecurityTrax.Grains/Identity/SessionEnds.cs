using SecurityTrax.Notifications;

namespace SecurityTrax.Identity;

/// <summary>Tells the gateways to close a user's live connections once a change that ends their sessions is saved.</summary>
public static class SessionEnds
{
    /// <summary>Live only: an unreachable hub is not an error, the connection still ends when the access token runs out.</summary>
    /// <param name="reason">Why the sessions end; null when the change saved ends none (a profile edit, enabling).</param>
    public static async Task PublishAsync(IGrainFactory grains, string tenant, string userId, string? reason, DateTimeOffset now)
    {
        if (reason is null)
        {
            return;
        }

        try
        {
            await grains.GetGrain<INotificationPublisherGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id))
                .PublishSessionEndedAsync(new SessionEnded(tenant, userId, reason, now));
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            // The change itself is saved and in the security log; only the early close is lost.
        }
    }
}
