namespace SecurityTrax.Identity;

/// <summary>Reads a tenant's security log, newest first; key <c>{tenant}/security-log</c>, a stateless worker.</summary>
[Alias("SecurityTrax.ISecurityLogGrain")]
public interface ISecurityLogGrain : ITenantGrain
{
    public const string Id = "security-log";

    [Alias("Read")]
    Task<SecurityEventDetails[]> ReadAsync(long? before, int limit);
}
