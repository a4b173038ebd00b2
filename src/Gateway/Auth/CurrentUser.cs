using System.Globalization;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Auth;

/// <summary>The signed-in user of a request, read from the access token: the only source of the tenant.</summary>
/// <remarks><c>SessionStamp</c> is the user's session stamp the token was issued with (<see cref="SessionCheck"/>).</remarks>
public sealed record CurrentUser(string Tenant, string UserId, string UserName, string Role, IReadOnlySet<string> Grants, int SessionStamp = 0)
{
    private static readonly object ItemKey = new();

    /// <summary>The grants as the Orleans caller carries them, made once per token.</summary>
    public GrantSet HeldGrants { get; } = GrantSet.Of(Grants);

    // Tokens of users with the same role carry the same grants claim: parse each distinct claim once.
    private static readonly ConcurrentDictionary<string, FrozenSet<string>> GrantSets = new(StringComparer.Ordinal);
    private const int MaxGrantSets = 1024;

    // Requests with the same token share one validated identity (CachingTokenHandler): read its claims once.
    private static readonly ConditionalWeakTable<ClaimsIdentity, CurrentUser> ByIdentity = new();

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity)
        {
            return null;
        }

        if (ByIdentity.TryGetValue(identity, out var known))
        {
            return known;
        }

        var user = Read(identity);
        if (user is not null)
        {
            ByIdentity.AddOrUpdate(identity, user);
        }

        return user;
    }

    private static CurrentUser? Read(ClaimsIdentity identity)
    {
        if (identity.FindFirst(ClaimNames.Tenant)?.Value is not { } tenant
            || identity.FindFirst(ClaimNames.Subject)?.Value is not { } userId)
        {
            return null;
        }

        return new CurrentUser(
            tenant,
            userId,
            identity.FindFirst(ClaimNames.Name)?.Value ?? userId,
            identity.FindFirst(ClaimNames.Role)?.Value ?? "",
            GrantSetOf(identity.FindFirst(ClaimNames.Grants)?.Value ?? ""),
            int.TryParse(identity.FindFirst(ClaimNames.SessionStamp)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stamp) ? stamp : 0);
    }

    /// <summary>The request's user, worked out once per request.</summary>
    public static CurrentUser? Of(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var cached))
        {
            return (CurrentUser?)cached;
        }

        var user = From(context.User);
        context.Items[ItemKey] = user;
        return user;
    }

    public string Key(string id) => GrainKeys.For(Tenant, id);

    /// <summary>Lets handlers take the user as a parameter; endpoints that do also require authentication.</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) => ValueTask.FromResult(Of(context));

    private static FrozenSet<string> GrantSetOf(string claim)
    {
        if (GrantSets.TryGetValue(claim, out var set))
        {
            return set;
        }

        set = claim.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
        if (GrantSets.Count < MaxGrantSets)
        {
            GrantSets.TryAdd(claim, set);
        }

        return set;
    }
}
