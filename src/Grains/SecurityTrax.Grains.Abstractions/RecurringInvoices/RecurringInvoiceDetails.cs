using SecurityTrax.Invoices;

namespace SecurityTrax.RecurringInvoices;

/// <summary>A recurring invoice with its schedule and the invoices it made, as of <see cref="Version"/>.</summary>
/// <remarks>
/// <see cref="NextDate"/> is null once every occurrence has an invoice or the recurring invoice is deleted.
/// <see cref="Status"/> is one of <see cref="RecurringStatuses"/>; <see cref="Failures"/> lists the steps of occurrences
/// that could not be done (a skipped invoice, a failed charge), oldest first. <see cref="PendingItems"/> are the
/// <see cref="RecurringOneTimeItems"/> marked for the next invoice it makes.
/// </remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RecurringInvoiceDetails")]
public sealed record RecurringInvoiceDetails(
    [property: Id(0)] long Id,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] InvoiceLine[] Lines,
    [property: Id(3)] InvoiceTotals Totals,
    [property: Id(4)] PaymentTerm Term,
    [property: Id(5)] string? PoNumber,
    [property: Id(6)] RecurrenceRule Schedule,
    [property: Id(7)] string TimeZone,
    [property: Id(8)] DateOnly FinalDate,
    [property: Id(9)] DateOnly? NextDate,
    [property: Id(10)] int RemainingCount,
    [property: Id(11)] GeneratedInvoice[] Invoices,
    [property: Id(12)] bool EmailInvoice,
    [property: Id(13)] string? BillingMethodId,
    [property: Id(14)] bool EmailPaymentResult,
    [property: Id(15)] bool Deleted,
    [property: Id(16)] string CreatedByName,
    [property: Id(17)] DateTimeOffset CreatedAt,
    [property: Id(18)] int Version,
    [property: Id(19)] string Status,
    [property: Id(20)] string? PausedReason,
    [property: Id(21)] RecurringFailure[] Failures,
    [property: Id(22)] string? Note = null,
    [property: Id(23)] string[]? PendingItems = null);
