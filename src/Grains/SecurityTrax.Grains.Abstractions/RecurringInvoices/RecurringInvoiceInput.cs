using SecurityTrax.Invoices;

namespace SecurityTrax.RecurringInvoices;

/// <summary>What a recurring invoice is made from: invoice lines and terms, the schedule and the billing options.</summary>
/// <remarks><see cref="NextDate"/> is the first occurrence, a tenant-local date after today.</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RecurringInvoiceInput")]
public sealed record RecurringInvoiceInput(
    [property: Id(0)] InvoiceLineInput[] Lines,
    [property: Id(1)] PaymentTerm Term,
    [property: Id(2)] string? PoNumber,
    [property: Id(3)] RecurrenceRule Schedule,
    [property: Id(4)] bool EmailInvoice,
    [property: Id(5)] string? BillingMethodId,
    [property: Id(6)] bool EmailPaymentResult);
