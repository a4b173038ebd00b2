using SecurityTrax.Identity;
using SecurityTrax.Messages;

namespace SecurityTrax.Invoices;

/// <summary>Prints and emails invoices, quotes and credit memos; key <c>{tenant}/invoice-print</c> (a stateless worker).</summary>
/// <remarks>
/// Rendering happens in the silo, away from the invoice grain, so a large PDF never holds up changes to the invoice.
/// </remarks>
[Alias("SecurityTrax.IInvoicePrintGrain")]
public interface IInvoicePrintGrain : ITenantGrain
{
    public const string Id = "invoice-print";

    /// <summary>One self-contained, printer-friendly HTML page.</summary>
    [Alias("RenderHtml")]
    Task<string> RenderHtmlAsync(long invoiceId);

    /// <summary>The PDF with the file name it is offered under (invoice-1001.pdf, quote-1002.pdf, credit-memo-1003.pdf).</summary>
    [Alias("RenderPdf")]
    Task<PrintedInvoice> RenderPdfAsync(long invoiceId);

    /// <summary>
    /// Sends the invoice email (system template <c>invoice_email</c>) with the PDF attached as message
    /// <paramref name="messageId"/>; asking again with the same id returns that message and sends nothing.
    /// <paramref name="to"/> overrides the address on the record for this message only. Void documents are refused.
    /// </summary>
    [Alias("Email")]
    Task<MessageDetails> EmailAsync(long invoiceId, string messageId, string? to);
}
