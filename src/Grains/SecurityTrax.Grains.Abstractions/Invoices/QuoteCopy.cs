namespace SecurityTrax.Invoices;

/// <summary>What an invoice takes over from the quote it is made from.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.QuoteCopy")]
public sealed record QuoteCopy(
    [property: Id(0)] long QuoteId,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] InvoiceHeader Header,
    [property: Id(3)] InvoiceLine[] Lines);
