using SecurityTrax.Identity;

namespace SecurityTrax.Tenants;

/// <summary>One tenant's settings; key <c>{tenant}/settings</c>.</summary>
[Alias("SecurityTrax.ITenantSettingsGrain")]
public interface ITenantSettingsGrain : ITenantGrain
{
    public const string Id = "settings";

    [Alias("Get")]
    Task<TenantSettingsDetails> GetAsync();

    [Alias("Update")]
    Task<TenantSettingsDetails> UpdateAsync(UpdateTenantSettings command);
}
