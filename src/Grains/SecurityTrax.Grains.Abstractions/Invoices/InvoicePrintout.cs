namespace SecurityTrax.Invoices;

/// <summary>Everything a printed invoice shows: the dealer's name, the terms in words, and the invoice itself.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoicePrintout")]
public sealed record InvoicePrintout(
    [property: Id(0)] string CompanyName,
    [property: Id(1)] string TermText,
    [property: Id(2)] InvoiceDetails Invoice);
