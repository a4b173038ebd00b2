using SecurityTrax.Identity;

namespace SecurityTrax.Dunning;

/// <summary>A company's dunning settings; key <c>{tenant}/dunning-settings</c>. Until changed, <see cref="DunningSettings.Default"/>.</summary>
[Alias("SecurityTrax.IDunningSettingsGrain")]
public interface IDunningSettingsGrain : ITenantGrain
{
    public const string Id = "dunning-settings";

    public const int MaxRetries = 10;

    public const int MaxDays = 90;

    [Alias("Get")]
    Task<DunningSettings> GetAsync();

    /// <summary>Replaces the settings (validated field by field); 412 on another version.</summary>
    [Alias("Set")]
    Task<DunningSettings> SetAsync(DunningSettings settings, int expectedVersion);
}
