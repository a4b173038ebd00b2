using System.Globalization;
using Orleans.Concurrency;
using SecurityTrax.Errors;
using SecurityTrax.Invoices.Printing;
using SecurityTrax.Messages;
using SecurityTrax.Tenants;

namespace SecurityTrax.Invoices;

[StatelessWorker]
public sealed class InvoicePrintGrain : Grain, IInvoicePrintGrain, IInvoiceMailGrain
{
    private const string PdfType = "application/pdf";

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<string> RenderHtmlAsync(long invoiceId)
    {
        return InvoiceHtmlRenderer.Render(await PrintableAsync(invoiceId));
    }

    public async Task<PrintedInvoice> RenderPdfAsync(long invoiceId)
    {
        var (printout, culture) = await PrintoutAsync(invoiceId);
        return await PdfAsync(printout, culture);
    }

    public async Task<MessageDetails> EmailAsync(long invoiceId, string messageId, string? to)
    {
        var (printout, culture) = await PrintoutAsync(invoiceId);
        var invoice = printout.Invoice;
        if (invoice.Status == InvoiceStatus.Void)
        {
            throw SecurityTraxException.Conflict($"{PrintableInvoices.Title(invoice.Type)} {invoice.Id} is void; a void document is not emailed.");
        }

        return await SendAsync(printout, culture, messageId, SystemTemplateKinds.InvoiceEmail, Fields(invoice, CultureInfo.GetCultureInfo(culture)), to, false);
    }

    public async Task<MessageDetails> SendWithPdfAsync(long invoiceId, string messageId, string templateKind, IReadOnlyDictionary<string, string> fields)
    {
        var (printout, culture) = await PrintoutAsync(invoiceId);
        return await SendAsync(printout, culture, messageId, templateKind, new Dictionary<string, string>(fields, StringComparer.Ordinal), null, true);
    }

    /// <summary>The invoice.* merge fields, formatted in the company's culture.</summary>
    public static Dictionary<string, string> Fields(InvoiceDetails invoice, CultureInfo culture) => new(StringComparer.Ordinal)
    {
        ["invoice.number"] = InvoiceKeys.Id(invoice.Id),
        ["invoice.type"] = PrintableInvoices.Title(invoice.Type),
        ["invoice.sale_date"] = invoice.SaleDate.ToString("d", culture),
        ["invoice.due_date"] = invoice.DueDate?.ToString("d", culture) ?? "",
        ["invoice.total"] = MessageFields.Money(invoice.Totals.GrandTotal, culture),
        ["invoice.due"] = MessageFields.Money(invoice.Totals.Due, culture),
    };

    /// <summary>The message with the PDF attached; an existing message is answered as it is.</summary>
    private async Task<MessageDetails> SendAsync(
        InvoicePrintout printout, string culture, string messageId, string templateKind, Dictionary<string, string> fields, string? to, bool recordInvalidAsFailed)
    {
        var message = Message(messageId);
        if (await message.FindAsync() is { } existing)
        {
            // A retry (even after a crash between the send and the answer) renders nothing and sends nothing.
            return existing;
        }

        // The message grain fills the pay-link fields its template uses (PayLinkFields) when it stores the message.
        var invoice = printout.Invoice;
        var pdf = await PdfAsync(printout, culture);
        return await message.SendAsync(new SendMessage(
            invoice.CustomerId, MessageChannel.Email, TemplateId: null, templateKind, Subject: null,
            HtmlBody: null, TextBody: null, to, CampaignId: null, fields,
            [new MessageAttachment(pdf.FileName, pdf.ContentType, pdf.Content)], recordInvalidAsFailed));
    }

    private IMessageGrain Message(string messageId) => GrainFactory.GetGrain<IMessageGrain>(GrainKeys.For(Tenant, messageId));

    private async Task<PrintedInvoice> PdfAsync(InvoicePrintout printout, string culture) => new(
        PrintableInvoices.FileName(printout.Invoice), PdfType, InvoicePdfRenderer.Render(await PrintableAsync(printout, culture)));

    private async Task<PrintableInvoice> PrintableAsync(long invoiceId)
    {
        var (printout, culture) = await PrintoutAsync(invoiceId);
        return await PrintableAsync(printout, culture);
    }

    /// <summary>The document with the company's profile and logo in its header.</summary>
    private async Task<PrintableInvoice> PrintableAsync(InvoicePrintout printout, string culture)
    {
        var company = GrainFactory.GetGrain<ICompanyProfileGrain>(GrainKeys.For(Tenant, ICompanyProfileGrain.Id));
        var profile = company.GetAsync();
        var logo = company.FindLogoAsync();
        await Task.WhenAll(profile, logo);
        return PrintableInvoices.From(printout, culture, await profile, await logo);
    }

    private async Task<(InvoicePrintout Printout, string Culture)> PrintoutAsync(long invoiceId)
    {
        var printout = GrainFactory.GetGrain<IInvoiceGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(invoiceId))).GetPrintoutAsync();
        var settings = GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id)).GetAsync();
        await Task.WhenAll(printout, settings);
        return (await printout, (await settings).Culture);
    }
}
