using SecurityTrax.Identity;

namespace SecurityTrax.Platform;

/// <summary>The platform's list of tenants; one grain, key <see cref="Key"/>.</summary>
[Alias("SecurityTrax.ITenantRegistryGrain")]
public interface ITenantRegistryGrain : IGrainWithStringKey, IPlatformGrain
{
    public const string Key = "platform-tenants";

    [Alias("Create")]
    Task<TenantDetails> CreateTenantAsync(NewTenant tenant);

    [Alias("Exists")]
    Task<bool> ExistsAsync(string slug);

    [Alias("List")]
    Task<TenantDetails[]> ListAsync();
}
