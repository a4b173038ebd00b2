using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Portal;

/// <summary>An open invoice in the portal; its PDF is <c>…/invoices/{id}/pdf</c>.</summary>
public sealed record PortalInvoiceResponse(long Id, DateOnly SaleDate, DateOnly? DueDate, decimal Total, decimal Due, bool Overdue)
{
    public static PortalInvoiceResponse From(InvoiceSummary i) => new(i.Id, i.SaleDate, i.DueDate, i.GrandTotal, i.Due, i.Overdue);
}
