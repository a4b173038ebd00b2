namespace SecurityTrax.Tenants;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class TenantSettingsState
{
    public string? CompanyName { get; set; }

    public string TimeZone { get; set; } = TenantSettingsRules.DefaultTimeZone;

    public string Culture { get; set; } = TenantSettingsRules.DefaultCulture;

    public bool EmailReceiptsByDefault { get; set; } = true;

    /// <summary>The company's own settlement cut-off; null: the platform's (<c>Payments:CardSettlementCutoff</c>).</summary>
    public TimeOnly? CardSettlementCutoff { get; set; }

    public int Version { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}
