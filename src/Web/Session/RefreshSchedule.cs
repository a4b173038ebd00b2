namespace SecurityTrax.Web.Session;

/// <summary>When to renew an access token: well before it expires, so that no request ever carries a dead one.</summary>
public static class RefreshSchedule
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    /// <summary>Two minutes before expiry, or at half the remaining life when that is shorter; never negative.</summary>
    public static TimeSpan Delay(DateTimeOffset now, DateTimeOffset expiresAt)
    {
        var remaining = expiresAt - now;
        if (remaining <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var beforeMargin = remaining - Margin;
        var half = remaining / 2;
        return beforeMargin > half ? beforeMargin : half;
    }
}
