namespace SecurityTrax.Identity;

/// <summary>Who is acting: a user of a tenant with the grants of its token, or the system working for a tenant.</summary>
/// <remarks>
/// <see cref="HeldGrants"/> travels with every grain call so grains can check a grant themselves (defence in depth behind
/// the gateway's checks). A caller without it holds no grant; the System caller holds every grant. (Field 6 was the
/// grants as an array of strings; it is retired, see <see cref="GrantSet"/>.)
/// </remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.Caller")]
public sealed record Caller(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string UserId,
    [property: Id(2)] string UserName,
    [property: Id(3)] string Source,
    [property: Id(4)] string? ClientIp,
    [property: Id(5)] string? CorrelationId,
    [property: Id(7)] GrantSet? HeldGrants = null)
{
    public const string SystemUserId = "system";

    public bool IsSystem => UserId == SystemUserId;

    /// <summary>True for the System caller, and for a user whose token carries <paramref name="grant"/>.</summary>
    public bool Holds(string grant) => IsSystem || (HeldGrants is { } held && held.Contains(grant));

    public static Caller System(string tenant, string source = ChangeSources.System) =>
        new(tenant, SystemUserId, "System", source, null, null);
}
