namespace SecurityTrax.Invoices;

/// <summary>The editable fields of an invoice besides its lines; no sale date means today in the company's time zone.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceHeader")]
public sealed record InvoiceHeader(
    [property: Id(0)] DateOnly? SaleDate,
    [property: Id(1)] PaymentTerm Term,
    [property: Id(2)] string? PoNumber,
    [property: Id(3)] string? Note);
