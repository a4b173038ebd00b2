namespace SecurityTrax.Invoices;

[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoicePage")]
public sealed record InvoicePage(
    [property: Id(0)] InvoiceSummary[] Items,
    [property: Id(1)] string? NextCursor,
    [property: Id(2)] InvoiceListTotals Totals);
