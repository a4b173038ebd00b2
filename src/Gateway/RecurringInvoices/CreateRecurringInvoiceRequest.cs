using System.ComponentModel.DataAnnotations;
using SecurityTrax.Gateway.Invoices;
using SecurityTrax.Invoices;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>
/// A recurring invoice: lines and term as on an invoice; the first invoice on <see cref="NextDate"/> (yyyy-MM-dd, after
/// today), then every <see cref="Interval"/> <see cref="Unit"/>s (days, weeks, months, years), <see cref="Count"/> times.
/// <see cref="EmailInvoice"/> e-mails each invoice; <see cref="BillingMethodId"/> is charged on each due date and
/// <see cref="EmailPaymentResult"/> e-mails the outcome; <see cref="Note"/> is the template's note, printed on every invoice it makes.
/// </summary>
public sealed record CreateRecurringInvoiceRequest(
    InvoiceLineRequest[]? Lines,
    PaymentTerm? Term,
    string? PoNumber,
    [property: Required] string? NextDate,
    [property: Required] int? Interval,
    [property: Required] RecurrenceUnit? Unit,
    [property: Required] int? Count,
    bool? EmailInvoice,
    long? BillingMethodId,
    bool? EmailPaymentResult,
    string? Note = null)
{
    public ScheduleRequest ToSchedule() => new(NextDate, Interval, Unit, Count);
}
