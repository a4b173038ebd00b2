namespace SecurityTrax.Tenants;

/// <summary>A tenant's company-wide settings as the gateway sees them.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TenantSettingsDetails")]
public sealed record TenantSettingsDetails(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string CompanyName,
    [property: Id(2)] string TimeZone,
    [property: Id(3)] string Culture,
    [property: Id(4)] bool EmailReceiptsByDefault,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset? UpdatedAt,
    [property: Id(7)] TimeOnly? CardSettlementCutoff = null);
