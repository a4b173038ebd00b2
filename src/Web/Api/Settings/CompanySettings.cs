namespace SecurityTrax.Web.Api.Settings;

/// <summary><c>GET /api/v1/settings</c>: the company's name, time zone, culture, receipt default and settlement cut-off.</summary>
public sealed record CompanySettings(
    string Tenant, string CompanyName, string TimeZone, string Culture, bool EmailReceiptsByDefault, DateTimeOffset? UpdatedAt,
    string? CardSettlementCutoff = null);
