namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of <c>PUT /api/v1/settings</c>.</summary>
public sealed record CompanySettingsInput(string? CompanyName, string? TimeZone, string? Culture, bool EmailReceiptsByDefault, string? CardSettlementCutoff);
