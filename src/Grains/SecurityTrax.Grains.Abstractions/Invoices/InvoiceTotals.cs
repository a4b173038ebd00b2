namespace SecurityTrax.Invoices;

/// <summary>
/// Sums of the rounded lines; negative for a credit memo. <see cref="Due"/> is never negative and is 0 for
/// quotes, credit memos and void invoices; <see cref="CreditLeft"/> is what a credit memo can still give.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceTotals")]
public sealed record InvoiceTotals(
    [property: Id(0)] decimal SubTotal,
    [property: Id(1)] decimal TaxTotal,
    [property: Id(2)] decimal GrandTotal,
    [property: Id(3)] decimal Applied,
    [property: Id(4)] decimal Due,
    [property: Id(5)] decimal CreditLeft);
