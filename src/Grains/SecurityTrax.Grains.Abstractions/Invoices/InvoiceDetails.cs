using SecurityTrax.Customers;

namespace SecurityTrax.Invoices;

/// <summary>An invoice, quote or credit memo with its lines and totals, as of <see cref="Version"/>.</summary>
/// <remarks><see cref="QuoteId"/> is the quote an invoice came from; <see cref="InvoiceId"/> the invoice a quote became.</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceDetails")]
public sealed record InvoiceDetails(
    [property: Id(0)] long Id,
    [property: Id(1)] InvoiceType Type,
    [property: Id(2)] InvoiceStatus Status,
    [property: Id(3)] long CustomerId,
    [property: Id(4)] string CustomerName,
    [property: Id(5)] Address? BillingAddress,
    [property: Id(6)] Address? ServiceAddress,
    [property: Id(7)] DateOnly SaleDate,
    [property: Id(8)] PaymentTerm Term,
    [property: Id(9)] DateOnly? DueDate,
    [property: Id(10)] string? PoNumber,
    [property: Id(11)] string? Note,
    [property: Id(12)] InvoiceLine[] Lines,
    [property: Id(13)] InvoiceTotals Totals,
    [property: Id(14)] InvoiceApplication[] Applications,
    [property: Id(15)] long? QuoteId,
    [property: Id(16)] long? InvoiceId,
    [property: Id(17)] long? RecurringInvoiceId,
    [property: Id(18)] DateTimeOffset CreatedAt,
    [property: Id(19)] DateTimeOffset UpdatedAt,
    [property: Id(20)] int Version,
    [property: Id(21)] int? RecurringOccurrence = null,
    [property: Id(22)] Dunning.InvoiceDunning? Dunning = null);
