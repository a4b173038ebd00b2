namespace SecurityTrax.RecurringInvoices;

/// <summary>The invoice number that occurrence <see cref="Occurrence"/> (1-based) was given, and its sale date.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.GeneratedInvoice")]
public sealed record GeneratedInvoice(
    [property: Id(0)] int Occurrence,
    [property: Id(1)] long InvoiceId,
    [property: Id(2)] DateOnly SaleDate);
