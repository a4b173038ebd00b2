namespace SecurityTrax.Web.Api;

/// <summary>Totals of every invoice a list filter matches, not only the page.</summary>
public sealed record InvoiceListTotals(int Count, decimal GrandTotal, decimal Due);
