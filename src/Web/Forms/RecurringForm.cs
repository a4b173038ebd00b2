using System.Globalization;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>
/// A recurring invoice as typed: the rows (as on an invoice) and the schedule. The final date is never computed here:
/// the API's preview answers it, by the same rule that makes the invoices (month ends, the company's time zone).
/// </summary>
public sealed class RecurringForm
{
    public InvoiceForm Rows { get; } = new();
    public string? NextDate { get; set; } = DateOnly.FromDateTime(DateTime.Today.AddDays(1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string? Interval { get; set; } = "1";
    public string Unit { get; set; } = "months";
    public string? Count { get; set; } = "12";
    public string? BillingMethodId { get; set; }
    public bool EmailInvoice { get; set; }
    public string? Note { get; set; }

    /// <summary>Press Add Monthly Monitoring on the new template once it is saved (the line is then priced as on an invoice).</summary>
    public bool AddMonitoring { get; set; }

    /// <summary>The schedule to preview, or null while a number is not a number (nothing to ask yet).</summary>
    public ScheduleInput? Schedule() =>
        Whole(Interval) is { } interval && Whole(Count) is { } count && !string.IsNullOrWhiteSpace(NextDate)
            ? new ScheduleInput(NextDate, interval, Unit, count)
            : null;

    public (NewRecurringInvoice? Request, Problem? Problem) ToRequest()
    {
        var (lines, problem) = Rows.Lines();
        var errors = new Dictionary<string, string[]>(problem?.Errors ?? []);
        var interval = Number(Interval, "interval", errors);
        var count = Number(Count, "count", errors);
        if (lines is null || errors.Count > 0)
        {
            return (null, new Problem(null, "One or more fields are invalid.", 400, null, errors));
        }

        long? method = long.TryParse(BillingMethodId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return (new NewRecurringInvoice(lines, Rows.Term, AddressForm.Clean(NextDate), interval, Unit, count, EmailInvoice, method, method is not null, AddressForm.Clean(Note)), null);
    }

    private static int? Whole(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Number(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Whole(text) is { } value)
        {
            return value;
        }

        errors[field] = [$"'{text}' is not a whole number."];
        return null;
    }
}
