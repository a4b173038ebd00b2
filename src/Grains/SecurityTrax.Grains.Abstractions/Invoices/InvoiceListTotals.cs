namespace SecurityTrax.Invoices;

/// <summary>Totals over every invoice the filter matches, not only the page.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceListTotals")]
public sealed record InvoiceListTotals(
    [property: Id(0)] int Count,
    [property: Id(1)] decimal GrandTotal,
    [property: Id(2)] decimal Due);
