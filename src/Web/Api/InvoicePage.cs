namespace SecurityTrax.Web.Api;

/// <summary>A page of the invoice list; <see cref="Totals"/> cover every invoice the filter matches.</summary>
public sealed record InvoicePage(InvoiceSummary[] Items, string? NextCursor, InvoiceListTotals? Totals = null);
