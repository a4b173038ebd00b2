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

    /// <summary>The pay-link fields of a message about <paramref name="invoice"/>, for the fields the template uses.</summary>
    public static Task AddAsync(
        IGrainFactory grains, string tenant, PaymentsOptions options, TemplateDetails template, InvoiceDetails invoice, Dictionary<string, string> fields)
    {
        fields.TryAdd("invoice.number", InvoiceKeys.Id(invoice.Id));
        return FillMissingAsync(grains, tenant, options, template, invoice.CustomerId, fields);
    }

    /// <summary>
    /// The pay-link fields a template uses that its sender left empty — an SMS or email from a company template, a
    /// campaign, a system message about an invoice — made when the message is: the customer's portal, and the pay link
    /// of the invoice the message is about (<c>invoice.number</c>), when that invoice is this customer's and owes something.
    /// </summary>
    public static async Task FillMissingAsync(
        IGrainFactory grains, string tenant, PaymentsOptions options, TemplateDetails template, long customerId, Dictionary<string, string> values)
    {
        if (string.IsNullOrWhiteSpace(options.PortalBaseUrl))
        {
            return;
        }

        var source = string.Concat(template.Subject, template.HtmlBody, template.TextBody);
        var links = grains.GetGrain<ICustomerPayLinksGrain>(GrainKeys.For(tenant, customerId.ToString(CultureInfo.InvariantCulture)));
        if (Wants(source, values, InvoicePayUrl) && values.TryGetValue("invoice.number", out var number)
            && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var invoiceId))
        {
            var invoice = await grains.GetGrain<IInvoiceGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(invoiceId))).GetAsync();
            if (invoice.CustomerId == customerId && invoice.Type == InvoiceType.Invoice && invoice.Totals.Due > 0)
            {
                values[InvoicePayUrl] = Url(options, tenant, await links.CreateAsync(new NewPayLink(invoice.Id, null)));
            }
        }

        if (Wants(source, values, CustomerPortalUrl))
        {
            values[CustomerPortalUrl] = Url(options, tenant, await links.CreateAsync(new NewPayLink(null, null)));
        }
    }

    private static bool Wants(string source, Dictionary<string, string> values, string field) =>
        source.Contains(field, StringComparison.Ordinal) && (!values.TryGetValue(field, out var value) || value.Length == 0);

    private static string Url(PaymentsOptions options, string tenant, IssuedPayLink link) =>
        $"{options.PortalBaseUrl!.TrimEnd('/')}/portal/{tenant}/{link.Token}";
}
