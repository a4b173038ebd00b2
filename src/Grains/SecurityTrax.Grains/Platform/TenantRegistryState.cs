namespace SecurityTrax.Platform;

public sealed class TenantRegistryState
{
    public Dictionary<string, TenantRecord> Tenants { get; set; } = [];
}
