namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Routes any signed-in staff user may call without a grant, each with its reason; the missing-grant suite fails on
/// any other route that requires no grant (or that is neither here nor in <see cref="OwnKeyRoutes"/>).
/// </summary>
public static class SignedInOnlyRoutes
{
    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GET /api/v1/me"] = "the caller's own account and grants",
        ["GET /api/v1/me/notifications"] = "the caller's own inbox",
        ["GET /api/v1/me/notifications/read"] = "the caller's own inbox mark",
        ["POST /api/v1/me/notifications/read"] = "the caller's own inbox mark",
    };
}
