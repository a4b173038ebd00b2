using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Tenants;

namespace SecurityTrax.RecurringInvoices;

/// <summary>Checks a recurring invoice's schedule and options; lines and terms are checked as on an invoice.</summary>
public static class RecurringInvoiceRules
{
    /// <summary>Every check of a new recurring invoice, all problems at once; answers its lines, header, billing method and time zone.</summary>
    public static async Task<(List<InvoiceLine> Lines, InvoiceHeader Header, string? Method, string TimeZone)> CheckAsync(
        IGrainFactory grains, string tenant, TimeProvider time, long customerId, RecurringInvoiceInput input)
    {
        var settings = await grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(tenant, ITenantSettingsGrain.Id)).GetAsync();
        var (catalog, customer, rate) = await InvoiceButtons.PricingAsync(grains, tenant, customerId);
        var errors = new List<FieldError>();
        var header = InvoiceRules.Normalize(new InvoiceHeader(input.Schedule.FirstDate, input.Term, input.PoNumber, input.Note), input.Schedule.FirstDate, errors);
        CheckSchedule(input.Schedule, settings.TimeZone, TenantClock.Today(time, settings.TimeZone), errors);
        var lines = Lines(input.Lines, catalog, rate, errors);
        var method = CheckOptions(input, customer.Profile, errors);
        if (await RecurringCharges.CheckMethodAsync(grains, tenant, customerId, method) is { } unknown)
        {
            errors.Add(new FieldError("billingMethodId", unknown));
        }

        SecurityTraxException.ThrowIfAny(errors.DistinctBy(e => (e.Field, e.Reason)).ToList());
        return (lines, header, method, settings.TimeZone);
    }

    /// <summary>The schedule, with the field names of the API: the first occurrence is the <c>nextDate</c>, after today.</summary>
    public static void CheckSchedule(RecurrenceRule schedule, string timeZone, DateOnly today, List<FieldError> errors)
    {
        errors.AddRange(RecurrenceRules.Validate(schedule, timeZone)
            .Select(e => e.Field == "firstDate" ? e with { Field = "nextDate" } : e));
        if (schedule.FirstDate <= today)
        {
            errors.Add(new FieldError("nextDate", $"The next invoice date must be after today ({today:yyyy-MM-dd} in the company's time zone)."));
        }
    }

    /// <summary>E-mailing needs an e-mail address on the record; the billing method is the id of one of the customer's methods.</summary>
    public static string? CheckOptions(RecurringInvoiceInput input, CustomerProfile customer, List<FieldError> errors)
    {
        if ((input.EmailInvoice || input.EmailPaymentResult) && (customer.Email is not { } email || !Messages.Recipients.IsEmail(email)))
        {
            errors.Add(new FieldError(input.EmailInvoice ? "emailInvoice" : "emailPaymentResult", "The customer has no valid email address on the record."));
        }

        // Without a billing method the customer's default card or bank account is charged, so a result can be e-mailed.
        return FieldChecks.Text(errors, "billingMethodId", input.BillingMethodId, 100);
    }

    public static List<InvoiceLine> Lines(InvoiceLineInput[]? lines, Catalog.CatalogDetails catalog, decimal rate, List<FieldError> errors)
    {
        if (lines is not { Length: > 0 })
        {
            errors.Add(new FieldError("lines", "A recurring invoice needs at least one line."));
            return [];
        }

        if (lines.Length > InvoiceLines.MaxLines)
        {
            errors.Add(new FieldError("lines", $"At most {InvoiceLines.MaxLines} lines."));
        }

        return [.. lines.Select((l, i) => InvoiceLines.Build(i + 1, l, catalog, rate, null, $"lines[{i}].", errors))];
    }
}
