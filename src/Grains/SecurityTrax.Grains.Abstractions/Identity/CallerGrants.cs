using SecurityTrax.Errors;

namespace SecurityTrax.Identity;

/// <summary>The grain side of grant checks: the acting caller must hold the grants, or the call changes nothing.</summary>
public static class CallerGrants
{
    /// <summary>The acting caller; calls that start in the silo act as the System caller.</summary>
    public static Caller Current(string tenant) => CallerContext.Current ?? Caller.System(tenant);

    /// <summary>Throws <see cref="MissingGrantException"/> naming each of <paramref name="grants"/> the current caller lacks.</summary>
    public static void Require(string tenant, params string[] grants) => Require(Current(tenant), grants);

    public static void Require(Caller caller, params string[] grants)
    {
        string[] missing = [.. grants.Where(g => !caller.Holds(g)).Distinct().Order(StringComparer.Ordinal)];
        if (missing.Length > 0)
        {
            throw new MissingGrantException(missing);
        }
    }
}
