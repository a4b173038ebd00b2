using System.Globalization;

namespace SecurityTrax.Customers;

/// <summary>The fields of profiles and contacts as history shows them, for field-by-field comparison.</summary>
public static class CustomerChanges
{
    public static IEnumerable<(string Field, string? Old, string? New)> Profile(CustomerProfile? old, CustomerProfile @new)
    {
        yield return ("firstName", old?.FirstName, @new.FirstName);
        yield return ("lastName", old?.LastName, @new.LastName);
        yield return ("businessName", old?.BusinessName, @new.BusinessName);
        yield return ("serviceAddress", old?.ServiceAddress?.ToString(), @new.ServiceAddress?.ToString());
        yield return ("billingAddress", old?.BillingAddress?.ToString(), @new.BillingAddress?.ToString());
        yield return ("phones", Phones(old?.Phones), Phones(@new.Phones));
        yield return ("email", old?.Email, @new.Email);
        yield return ("notes", old?.Notes, @new.Notes);
        yield return ("salesRepUserId", old?.SalesRepUserId, @new.SalesRepUserId);
        yield return ("activationFee", Money(old?.ActivationFee), Money(@new.ActivationFee));
        yield return ("activationFeePaid", Flag(old?.ActivationFeePaid), Flag(@new.ActivationFeePaid));
        yield return ("monthlyMonitoringRate", Money(old?.MonthlyMonitoringRate), Money(@new.MonthlyMonitoringRate));
        yield return ("monthlyMonitoringRatePaid", Flag(old?.MonthlyMonitoringRatePaid), Flag(@new.MonthlyMonitoringRatePaid));
        yield return ("taxExempt", Flag(old?.TaxExempt), Flag(@new.TaxExempt));
        yield return ("taxRateOverride", old?.TaxRateOverride?.ToString("0.###", CultureInfo.InvariantCulture), @new.TaxRateOverride?.ToString("0.###", CultureInfo.InvariantCulture));
    }

    public static IEnumerable<(string Field, string? Old, string? New)> Contact(ContactInput? old, ContactInput? @new)
    {
        yield return ("type", old?.Type.ToString().ToLowerInvariant(), @new?.Type.ToString().ToLowerInvariant());
        yield return ("name", old?.Name, @new?.Name);
        yield return ("relationship", old?.Relationship, @new?.Relationship);
        yield return ("phones", Phones(old?.Phones), Phones(@new?.Phones));
        yield return ("note", old?.Note, @new?.Note);
        yield return ("agencyName", old?.AgencyName, @new?.AgencyName);
        yield return ("permitNumber", old?.PermitNumber, @new?.PermitNumber);
    }

    private static string? Phones(Phone[]? phones) =>
        phones is null or { Length: 0 } ? null : string.Join("; ", phones.Select(p => $"{p.Kind} {p.Number}"));

    private static string? Money(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);

    private static string? Flag(bool? value) => value switch
    {
        null => null,
        true => "true",
        false => "false",
    };
}
