namespace SecurityTrax.Invoices.Printing;

/// <summary>Renders an invoice, quote or credit memo as a US Letter PDF (DejaVu Sans; see <see cref="DejaVuFontResolver"/>).</summary>
public static class InvoicePdfRenderer
{
    public static byte[] Render(PrintableInvoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        DejaVuFontResolver.EnsureInstalled();
        return new InvoicePdfWriter(invoice).Write();
    }
}
