using System.Globalization;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>
/// The profile as the user types it. It lives apart from the record it was read from, so a failed save, a 412 or a
/// token renewal never replaces what was typed.
/// </summary>
public sealed class ProfileForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? BusinessName { get; set; }
    public string? Email { get; set; }
    public string? Notes { get; set; }
    public List<PhoneRow> Phones { get; set; } = [];
    public AddressForm Service { get; set; } = new();
    public AddressForm Billing { get; set; } = new();
    public string? ActivationFee { get; set; }
    public bool ActivationFeePaid { get; set; }
    public string? MonthlyMonitoringRate { get; set; }
    public bool MonthlyMonitoringRatePaid { get; set; }
    public bool TaxExempt { get; set; }
    public string? TaxRateOverride { get; set; }

    // Not edited here, but the PUT replaces the whole profile, so it is sent back as read.
    public string? SalesRepUserId { get; set; }

    public static ProfileForm From(Customer c) => new()
    {
        FirstName = c.FirstName,
        LastName = c.LastName,
        BusinessName = c.BusinessName,
        Email = c.Email,
        Notes = c.Notes,
        Phones = [.. c.Phones.Select(p => new PhoneRow { Kind = p.Kind ?? "mobile", Number = p.Number })],
        Service = AddressForm.From(c.ServiceAddress),
        Billing = AddressForm.From(c.BillingAddress),
        ActivationFee = Money(c.ActivationFee),
        ActivationFeePaid = c.ActivationFeePaid,
        MonthlyMonitoringRate = Money(c.MonthlyMonitoringRate),
        MonthlyMonitoringRatePaid = c.MonthlyMonitoringRatePaid,
        TaxExempt = c.TaxExempt,
        TaxRateOverride = c.TaxRateOverride?.ToString(CultureInfo.InvariantCulture),
        SalesRepUserId = c.SalesRepUserId,
    };

    /// <summary>The request body, or the fields that are not numbers (checked here because they cannot be sent at all).</summary>
    public (ProfileInput? Input, Problem? Problem) ToInput()
    {
        var errors = new Dictionary<string, string[]>();
        var fee = Number(ActivationFee, "activationFee", errors) ?? 0;
        var rate = Number(MonthlyMonitoringRate, "monthlyMonitoringRate", errors) ?? 0;
        var tax = Number(TaxRateOverride, "taxRateOverride", errors);
        if (errors.Count > 0)
        {
            return (null, new Problem(null, "One or more fields are invalid.", 400, null, errors));
        }

        return (new ProfileInput(
            AddressForm.Clean(FirstName), AddressForm.Clean(LastName), AddressForm.Clean(BusinessName),
            Service.ToAddress(), Billing.ToAddress(),
            [.. Phones.Where(p => !string.IsNullOrWhiteSpace(p.Number)).Select(p => new Phone(p.Kind, p.Number!.Trim()))],
            AddressForm.Clean(Email), AddressForm.Clean(Notes), SalesRepUserId,
            fee, ActivationFeePaid, rate, MonthlyMonitoringRatePaid, TaxExempt, tax), null);
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static decimal? Number(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [$"'{text}' is not a number."];
        return null;
    }
}
