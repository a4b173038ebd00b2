using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>A page of invoices; <see cref="Totals"/> cover every invoice the filter matches.</summary>
public sealed record InvoiceListResponse(InvoiceSummaryResponse[] Items, string? NextCursor, InvoiceListTotalsResponse Totals)
{
    public static InvoiceListResponse From(InvoicePage page) => new([.. page.Items.Select(InvoiceSummaryResponse.From)], page.NextCursor, InvoiceListTotalsResponse.From(page.Totals));
}
