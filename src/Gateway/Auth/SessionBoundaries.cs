using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SecurityTrax.Gateway.Auth;

/// <summary>
/// This gateway's memory of each user's session stamp (the user directory's boundary before which access tokens are
/// void), trusted for <c>Auth:SessionCheckSeconds</c> after it was read and raised at once by a <c>SessionEnded</c> push.
/// </summary>
/// <remarks>
/// Stamps only grow, so whatever arrives — a read that started before a push, a push, a read after it — is kept as the
/// highest seen: a late answer can never lower the boundary. A hit is one dictionary lookup and a clock read.
/// </remarks>
public sealed class SessionBoundaries(TimeProvider time, IOptions<AuthOptions> options)
{
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<(string Tenant, string UserId), Boundary> _stamps = new();
    private readonly long _trustFor = options.Value.SessionCheckSeconds * time.TimestampFrequency;

    /// <summary>
    /// True when the stamp need not be read again: it was read recently, or is already above the token's (void for
    /// good). <paramref name="current"/> says whether a token with <paramref name="tokenStamp"/> is still valid.
    /// </summary>
    public bool TryCheck(string tenant, string userId, int tokenStamp, out bool current)
    {
        if (_stamps.TryGetValue((tenant, userId), out var known))
        {
            current = tokenStamp >= known.Stamp;
            if (!current || time.GetTimestamp() - known.ReadAt < _trustFor)
            {
                return true;
            }
        }

        current = false;
        return false;
    }

    /// <summary>Keeps <paramref name="stamp"/> (read from the user directory or pushed by it) unless a higher one is known; returns the one kept.</summary>
    public int Record(string tenant, string userId, int stamp)
    {
        if (_stamps.Count >= MaxEntries)
        {
            // Every entry can be read again; an unbounded map could not be.
            _stamps.Clear();
        }

        var now = time.GetTimestamp();
        return _stamps.AddOrUpdate(
            (tenant, userId),
            static (_, arg) => new Boundary(arg.Stamp, arg.Now),
            static (_, old, arg) => new Boundary(Math.Max(old.Stamp, arg.Stamp), arg.Now),
            (Stamp: stamp, Now: now)).Stamp;
    }

    /// <summary>Forgets every cached stamp of <paramref name="tenant"/>: each is read again from the user directory at its next use.</summary>
    public void ForgetCompany(string tenant)
    {
        foreach (var key in _stamps.Keys)
        {
            if (key.Tenant == tenant)
            {
                _stamps.TryRemove(key, out _);
            }
        }
    }

    private readonly record struct Boundary(int Stamp, long ReadAt);
}
