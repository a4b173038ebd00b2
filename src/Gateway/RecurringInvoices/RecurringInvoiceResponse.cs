using SecurityTrax.Gateway.Invoices;
using SecurityTrax.Invoices;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Gateway.Payments;

namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>
/// A recurring invoice, its schedule and the invoices it has made (occurrence, invoice id, sale date); its status
/// (active, paused, finished, deleted), why it paused, and the steps of occurrences that failed. <c>pendingItems</c> are
/// the one-time charges (activation_fee, unpaid_equipment) the next invoice made will carry.
/// </summary>
public sealed record RecurringInvoiceResponse(
    long Id, long CustomerId, InvoiceLineResponse[] Lines, InvoiceTotalsResponse Totals, PaymentTerm Term, string? PoNumber,
    DateOnly FirstDate, int Interval, RecurrenceUnit Unit, int Count, string TimeZone, DateOnly FinalDate, DateOnly? NextDate,
    int RemainingCount, GeneratedInvoiceResponse[] Invoices, bool EmailInvoice, long? BillingMethodId, bool EmailPaymentResult,
    bool Deleted, string CreatedBy, DateTimeOffset CreatedAt, string Status, string? PausedReason, RecurringFailureResponse[] Failures,
    string? Note, string[] PendingItems)
{
    public static RecurringInvoiceResponse From(RecurringInvoiceDetails r) => new(
        r.Id, r.CustomerId, [.. r.Lines.Select(InvoiceLineResponse.From)], InvoiceTotalsResponse.From(r.Totals), r.Term, r.PoNumber,
        r.Schedule.FirstDate, r.Schedule.Interval, r.Schedule.Unit, r.Schedule.Count, r.TimeZone, r.FinalDate, r.NextDate, r.RemainingCount,
        [.. r.Invoices.Select(i => new GeneratedInvoiceResponse(i.Occurrence, i.InvoiceId, i.SaleDate))], r.EmailInvoice, BillingMethodIds.Number(r.BillingMethodId),
        r.EmailPaymentResult, r.Deleted, r.CreatedByName, r.CreatedAt, r.Status, r.PausedReason,
        [.. r.Failures.Select(f => new RecurringFailureResponse(f.Occurrence, f.Step, f.Kind, f.Reason, f.At))], r.Note, r.PendingItems ?? []);
}

/// <summary>The invoice made for one occurrence (1-based).</summary>
public sealed record GeneratedInvoiceResponse(int Occurrence, long InvoiceId, DateOnly SaleDate);
