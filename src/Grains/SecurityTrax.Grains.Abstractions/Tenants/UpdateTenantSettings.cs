namespace SecurityTrax.Tenants;

/// <summary>
/// Replaces a tenant's settings; <see cref="ExpectedVersion"/> guards against lost updates.
/// <see cref="CardSettlementCutoff"/>: the company's processor's daily batch time (company-local, whole minutes); null
/// keeps the platform's.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.UpdateTenantSettings")]
public sealed record UpdateTenantSettings(
    [property: Id(0)] string CompanyName,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] string Culture,
    [property: Id(3)] bool EmailReceiptsByDefault,
    [property: Id(4)] int ExpectedVersion,
    [property: Id(5)] TimeOnly? CardSettlementCutoff = null);
