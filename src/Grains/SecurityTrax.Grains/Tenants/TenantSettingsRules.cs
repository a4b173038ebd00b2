using System.Globalization;
using SecurityTrax.Errors;

namespace SecurityTrax.Tenants;

/// <summary>Defaults and validation for tenant settings.</summary>
public static class TenantSettingsRules
{
    public const string DefaultTimeZone = "America/Denver";
    public const string DefaultCulture = "en-US";
    public const int CompanyNameMaxLength = 200;

    public static List<FieldError> Validate(UpdateTenantSettings command)
    {
        var errors = new List<FieldError>();
        var name = command.CompanyName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new FieldError("companyName", "Company name is required."));
        }
        else if (name.Length > CompanyNameMaxLength)
        {
            errors.Add(new FieldError("companyName", $"Company name must be at most {CompanyNameMaxLength} characters."));
        }

        Customers.FieldChecks.NoCardNumber(errors, "companyName", name);
        if (!IsKnownTimeZone(command.TimeZone))
        {
            errors.Add(new FieldError("timeZone", $"'{command.TimeZone}' is not an IANA time zone (for example America/Denver)."));
        }

        if (!IsKnownCulture(command.Culture))
        {
            errors.Add(new FieldError("culture", $"'{command.Culture}' is not a known culture (for example en-US)."));
        }

        if (command.CardSettlementCutoff is { } cutoff && (cutoff.Second != 0 || cutoff.Millisecond != 0 || cutoff.Microsecond != 0))
        {
            errors.Add(new FieldError("cardSettlementCutoff", "Give the cut-off in whole minutes (HH:mm, for example 02:00)."));
        }

        return errors;
    }

    private static bool IsKnownTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && zone.HasIanaId;

    private static bool IsKnownCulture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(name, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
