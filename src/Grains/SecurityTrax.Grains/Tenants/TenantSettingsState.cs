namespace SecurityTrax.Tenants;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class TenantSettingsState
{
    public string? CompanyName { get; set; }

    public string TimeZone { get; set; } = TenantSettingsRules.DefaultTimeZone;

    public string Culture { get; set; } = TenantSettingsRules.DefaultCulture;

    public bool EmailReceiptsByDefault { get; set; } = true;

    public int Version { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}
