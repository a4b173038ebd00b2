namespace SecurityTrax.Identity;

/// <summary>Lock-out after repeated failures, and refresh-token rotation with reuse detection.</summary>
public static class Sessions
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LockOutFor = TimeSpan.FromMinutes(15);

    public static bool IsLockedOut(UserRecord user, DateTimeOffset now) => user.LockedUntil is { } until && until > now;

    /// <summary>Counts a failure; true when this failure locks the user out.</summary>
    public static bool RecordFailure(UserRecord user, DateTimeOffset now)
    {
        user.RecentFailures.RemoveAll(t => t <= now - FailureWindow);
        user.RecentFailures.Add(now);
        if (user.RecentFailures.Count < MaxFailures)
        {
            return false;
        }

        user.LockedUntil = now + LockOutFor;
        user.RecentFailures.Clear();
        return true;
    }

    public static void RecordSuccess(UserRecord user)
    {
        user.RecentFailures.Clear();
        user.LockedUntil = null;
    }

    /// <summary>Issues a refresh token in <paramref name="family"/> (a new family for a new sign-in).</summary>
    public static (string Token, DateTimeOffset ExpiresAt) Issue(string tenant, UserRecord user, string family, DateTimeOffset now)
    {
        Prune(user, now);
        var token = RefreshTokens.Create(tenant, user.Id);
        var expires = now + RefreshTokens.Lifetime;
        user.RefreshTokens.Add(new RefreshTokenRecord
        {
            Hash = RefreshTokens.Hash(token),
            Family = family,
            IssuedAt = now,
            ExpiresAt = expires,
        });
        return (token, expires);
    }

    public static RefreshTokenRecord? Find(UserRecord user, string token)
    {
        var hash = RefreshTokens.Hash(token);
        return user.RefreshTokens.FirstOrDefault(t => t.Hash == hash);
    }

    public static void RevokeFamily(UserRecord user, string family) => user.RefreshTokens.RemoveAll(t => t.Family == family);

    public static void RevokeAll(UserRecord user) => user.RefreshTokens.Clear();

    // Used tokens are kept until they expire, so that presenting one again is recognised as theft.
    private static void Prune(UserRecord user, DateTimeOffset now)
    {
        user.RefreshTokens.RemoveAll(t => t.ExpiresAt <= now);
        var families = user.RefreshTokens
            .GroupBy(t => t.Family)
            .OrderByDescending(g => g.Max(t => t.IssuedAt))
            .Skip(RefreshTokens.MaxFamiliesPerUser - 1)
            .Select(g => g.Key)
            .ToHashSet();
        user.RefreshTokens.RemoveAll(t => families.Contains(t.Family));
    }
}
