using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.RecurringInvoices;

/// <summary>Checks a recurring invoice's schedule and options; lines and terms are checked as on an invoice.</summary>
public static class RecurringInvoiceRules
{
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

    /// <summary>E-mailing needs an e-mail address on the record; the billing method is a processor token id.</summary>
    public static string? CheckOptions(RecurringInvoiceInput input, CustomerProfile customer, List<FieldError> errors)
    {
        if ((input.EmailInvoice || input.EmailPaymentResult) && (customer.Email is not { } email || !Messages.Recipients.IsEmail(email)))
        {
            errors.Add(new FieldError(input.EmailInvoice ? "emailInvoice" : "emailPaymentResult", "The customer has no valid email address on the record."));
        }

        var method = FieldChecks.Text(errors, "billingMethodId", input.BillingMethodId, 100);
        if (input.EmailPaymentResult && method is null)
        {
            errors.Add(new FieldError("emailPaymentResult", "Payment results are sent only when a billing method is charged."));
        }

        return method;
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
