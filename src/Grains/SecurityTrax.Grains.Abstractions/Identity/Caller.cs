namespace SecurityTrax.Identity;

/// <summary>Who is acting: a user of a tenant, or the system working for a tenant.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.Caller")]
public sealed record Caller(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string UserId,
    [property: Id(2)] string UserName,
    [property: Id(3)] string Source,
    [property: Id(4)] string? ClientIp,
    [property: Id(5)] string? CorrelationId)
{
    public const string SystemUserId = "system";

    public bool IsSystem => UserId == SystemUserId;

    public static Caller System(string tenant, string source = ChangeSources.System) =>
        new(tenant, SystemUserId, "System", source, null, null);
}
