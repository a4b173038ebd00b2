using SecurityTrax.Invoices;

namespace SecurityTrax.RecurringInvoices;

/// <summary>What a recurring invoice is made from: invoice lines and terms, the schedule and the billing options.</summary>
/// <remarks>The schedule's first date is the first occurrence, a tenant-local date after today; <see cref="Note"/> is printed on every invoice it makes.</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RecurringInvoiceInput")]
public sealed record RecurringInvoiceInput(
    [property: Id(0)] InvoiceLineInput[] Lines,
    [property: Id(1)] PaymentTerm Term,
    [property: Id(2)] string? PoNumber,
    [property: Id(3)] RecurrenceRule Schedule,
    [property: Id(4)] bool EmailInvoice,
    [property: Id(5)] string? BillingMethodId,
    [property: Id(6)] bool EmailPaymentResult,
    [property: Id(7)] string? Note = null);
