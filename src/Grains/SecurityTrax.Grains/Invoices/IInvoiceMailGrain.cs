using SecurityTrax.Identity;
using SecurityTrax.Messages;
using SecurityTrax.Security;

namespace SecurityTrax.Invoices;

/// <summary>
/// The system's own emails about one invoice (key as <see cref="IInvoicePrintGrain"/>): the invoice PDF attached and
/// the pay-link fields filled. Silo only: recurring billing sends these, no client does.
/// </summary>
[Alias("SecurityTrax.IInvoiceMailGrain")]
public interface IInvoiceMailGrain : ITenantGrain, ISiloOnlyGrain
{
    /// <summary>
    /// Sends system template <paramref name="templateKind"/> as message <paramref name="messageId"/> with the invoice's
    /// PDF and <c>invoice.pay_url</c> / <c>customer.portal_url</c> when the template uses them. A message that exists
    /// already is returned as it is: no PDF is rendered, no link made and nothing sent again.
    /// </summary>
    [Alias("SendWithPdf")]
    Task<MessageDetails> SendWithPdfAsync(long invoiceId, string messageId, string templateKind, IReadOnlyDictionary<string, string> fields);
}
