namespace SecurityTrax.Gateway.Tenants;

public sealed record UpdateSettingsRequest(
    string? CompanyName,
    string? TimeZone,
    string? Culture,
    bool? EmailReceiptsByDefault);
