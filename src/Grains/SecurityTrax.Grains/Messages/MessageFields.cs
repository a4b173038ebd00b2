using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Tenants;

namespace SecurityTrax.Messages;

/// <summary>Builds the merge-field dictionary for one recipient, formatted in the tenant's culture and time zone.</summary>
public static class MessageFields
{
    public static Dictionary<string, string> For(
        CustomerDetails customer, TenantSettingsDetails settings, DateTimeOffset now,
        decimal? balanceDue, DateTimeOffset? nextAppointment, IReadOnlyDictionary<string, string>? extra, CompanyProfileDetails? company = null)
    {
        var culture = CultureInfo.GetCultureInfo(settings.Culture);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var p = customer.Profile;
        var fields = MergeFields.All.Keys.ToDictionary(k => k, _ => "", StringComparer.Ordinal);
        fields["customer.number"] = customer.Id.ToString(CultureInfo.InvariantCulture);
        fields["customer.name"] = customer.DisplayName;
        fields["customer.first_name"] = p.FirstName ?? "";
        fields["customer.last_name"] = p.LastName ?? "";
        fields["customer.business_name"] = p.BusinessName ?? "";
        fields["customer.email"] = p.Email ?? "";
        fields["customer.phone"] = p.Phones.FirstOrDefault()?.Number ?? "";
        fields["customer.service_address"] = p.ServiceAddress?.ToString() ?? "";
        fields["customer.billing_address"] = (p.BillingAddress ?? p.ServiceAddress)?.ToString() ?? "";
        fields["customer.balance_due"] = balanceDue is { } due ? Money(due, culture) : "";
        fields["customer.next_appointment"] = nextAppointment is { } at
            ? TimeZoneInfo.ConvertTime(at, zone).ToString("f", culture)
            : "";
        fields["customer.monthly_rate"] = Money(p.MonthlyMonitoringRate, culture);
        fields["company.name"] = settings.CompanyName;
        fields["company.legal_name"] = company?.LegalName ?? settings.CompanyName;
        fields["company.address"] = company?.Address?.ToString() ?? "";
        fields["company.phone"] = company?.Phone ?? "";
        fields["company.email"] = company?.Email ?? "";
        fields["company.website"] = company?.Website ?? "";
        fields["company.licence_numbers"] = string.Join(", ", company?.LicenceNumbers ?? []);
        fields["today"] = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).ToString("D", culture);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            if (MergeFields.IsKnown(key))
            {
                fields[key] = value;
            }
        }

        return fields;
    }

    public static string Money(decimal amount, CultureInfo culture) => amount.ToString("C2", culture);
}
