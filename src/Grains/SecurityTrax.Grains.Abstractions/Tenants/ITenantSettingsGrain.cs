namespace SecurityTrax.Tenants;

/// <summary>One tenant's settings; key <c>{tenant}/settings</c>.</summary>
[Alias("SecurityTrax.ITenantSettingsGrain")]
public interface ITenantSettingsGrain : IGrainWithStringKey
{
    public const string Id = "settings";

    [Alias("Get")]
    Task<TenantSettingsDetails> GetAsync();

    [Alias("Update")]
    Task<TenantSettingsDetails> UpdateAsync(UpdateTenantSettings command);
}
