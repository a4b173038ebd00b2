using SecurityTrax.Errors;

namespace SecurityTrax.Customers;

/// <summary>Validates and normalises customer and contact input; all errors of one request are reported together.</summary>
public static class CustomerRules
{
    public const int MaxTags = 50;
    public const int TagMaxLength = 40;
    public const int MaxContacts = 100;

    public static CustomerProfile Normalize(CustomerProfile p, List<FieldError> errors)
    {
        var first = FieldChecks.Text(errors, "firstName", p.FirstName, 60);
        var last = FieldChecks.Text(errors, "lastName", p.LastName, 60);
        var business = FieldChecks.Text(errors, "businessName", p.BusinessName, 120);
        if (business is null && (first is null || last is null))
        {
            errors.Add(new FieldError(business is null && first is null ? "firstName" : "lastName",
                "A person needs a first and a last name; a business needs a business name."));
        }

        return new CustomerProfile(
            first,
            last,
            business,
            FieldChecks.Address(errors, "serviceAddress", p.ServiceAddress),
            FieldChecks.Address(errors, "billingAddress", p.BillingAddress),
            FieldChecks.Phones(errors, "phones", p.Phones),
            FieldChecks.Email(errors, "email", p.Email),
            FieldChecks.Text(errors, "notes", p.Notes, 4000),
            FieldChecks.Text(errors, "salesRepUserId", p.SalesRepUserId, 20),
            FieldChecks.Money(errors, "activationFee", p.ActivationFee),
            p.ActivationFeePaid,
            FieldChecks.Money(errors, "monthlyMonitoringRate", p.MonthlyMonitoringRate),
            p.MonthlyMonitoringRatePaid,
            p.TaxExempt,
            p.TaxRateOverride is { } rate ? Invoices.MoneyChecks.TaxRate(errors, "taxRateOverride", rate) : null);
    }

    public static ContactInput Normalize(ContactInput c, List<FieldError> errors)
    {
        if (!Enum.IsDefined(c.Type))
        {
            errors.Add(new FieldError("type", "Use emergency, police, fire or medical."));
        }

        var agency = c.Type != ContactType.Emergency;
        var contact = new ContactInput(
            c.Type,
            FieldChecks.Text(errors, "name", c.Name, 100, required: true) ?? "",
            FieldChecks.Text(errors, "relationship", c.Relationship, 60),
            FieldChecks.Phones(errors, "phones", c.Phones),
            FieldChecks.Text(errors, "note", c.Note, 1000),
            FieldChecks.Text(errors, "agencyName", c.AgencyName, 100, required: agency),
            FieldChecks.Text(errors, "permitNumber", c.PermitNumber, 60));
        if (contact.Phones.Length == 0 && !errors.Any(e => e.Field.StartsWith("phones", StringComparison.Ordinal)))
        {
            errors.Add(new FieldError("phones", "A contact needs at least one phone number."));
        }

        return contact;
    }

    public static string Tag(string? tag)
    {
        FieldChecks.RefuseCardNumber("tag", tag);
        var trimmed = string.Join(' ', (tag ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length == 0 || trimmed.Length > TagMaxLength || trimmed.Any(char.IsControl))
        {
            throw SecurityTraxException.Invalid("tag", $"A tag has 1–{TagMaxLength} printable characters.");
        }

        return trimmed;
    }

    public static string DisplayName(CustomerProfile p) =>
        p.BusinessName ?? string.Join(' ', new[] { p.FirstName, p.LastName }.Where(n => n is not null));
}
