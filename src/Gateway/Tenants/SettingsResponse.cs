using SecurityTrax.Tenants;

namespace SecurityTrax.Gateway.Tenants;

public sealed record SettingsResponse(
    string Tenant,
    string CompanyName,
    string TimeZone,
    string Culture,
    bool EmailReceiptsByDefault,
    DateTimeOffset? UpdatedAt,
    string? CardSettlementCutoff)
{
    public static SettingsResponse From(TenantSettingsDetails d) =>
        new(d.Tenant, d.CompanyName, d.TimeZone, d.Culture, d.EmailReceiptsByDefault, d.UpdatedAt,
            d.CardSettlementCutoff?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
}
