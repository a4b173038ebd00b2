using System.Globalization;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Portal;

/// <summary>
/// The merge fields <c>invoice.pay_url</c> and <c>customer.portal_url</c> of one message: a link is made only for a
/// field the template uses, so a message that shows no link leaves none behind in the customer's list.
/// </summary>
public static class PayLinkFields
{
    public const string InvoicePayUrl = "invoice.pay_url";

    public const string CustomerPortalUrl = "customer.portal_url";

    public static async Task AddAsync(
        IGrainFactory grains, string tenant, PaymentsOptions options, TemplateDetails template, InvoiceDetails invoice, Dictionary<string, string> fields)
    {
        if (string.IsNullOrWhiteSpace(options.PortalBaseUrl))
        {
            return;
        }

        var source = string.Concat(template.Subject, template.HtmlBody, template.TextBody);
        var links = grains.GetGrain<ICustomerPayLinksGrain>(GrainKeys.For(tenant, invoice.CustomerId.ToString(CultureInfo.InvariantCulture)));
        if (source.Contains(InvoicePayUrl, StringComparison.Ordinal) && invoice.Type == InvoiceType.Invoice && invoice.Totals.Due > 0)
        {
            fields[InvoicePayUrl] = Url(options, tenant, await links.CreateAsync(new NewPayLink(invoice.Id, null)));
        }

        if (source.Contains(CustomerPortalUrl, StringComparison.Ordinal))
        {
            fields[CustomerPortalUrl] = Url(options, tenant, await links.CreateAsync(new NewPayLink(null, null)));
        }
    }

    private static string Url(PaymentsOptions options, string tenant, IssuedPayLink link) =>
        $"{options.PortalBaseUrl!.TrimEnd('/')}/portal/{tenant}/{link.Token}";
}
