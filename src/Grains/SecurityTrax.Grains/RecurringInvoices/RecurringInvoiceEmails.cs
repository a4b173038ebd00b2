using System.Globalization;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using SecurityTrax.Tenants;

namespace SecurityTrax.RecurringInvoices;

/// <summary>The e-mails a recurring invoice sends through the message grain, one message id per (recurring invoice, occurrence).</summary>
public static class RecurringInvoiceEmails
{
    /// <summary>The message id of the "invoice generated" e-mail of an occurrence: sending it again never sends a second copy.</summary>
    public static string GeneratedMessageId(long recurringInvoiceId, int occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"r{recurringInvoiceId}-{occurrence}");

    /// <summary>The "invoice generated" e-mail with the invoice's PDF and, when the template shows it, its pay link.</summary>
    public static Task<MessageDetails> SendGeneratedAsync(
        IGrainFactory grains, string tenant, TenantSettingsDetails settings, long recurringInvoiceId, int occurrence, InvoiceDetails invoice) =>
        SendWithPdfAsync(grains, tenant, GeneratedMessageId(recurringInvoiceId, occurrence), SystemTemplateKinds.RecurringInvoiceGenerated,
            invoice, InvoiceFields(invoice, CultureInfo.GetCultureInfo(settings.Culture)));

    /// <summary>A system e-mail about <paramref name="invoice"/>, sent once per message id with the invoice's PDF attached.</summary>
    public static Task<MessageDetails> SendWithPdfAsync(
        IGrainFactory grains, string tenant, string messageId, string templateKind, InvoiceDetails invoice, Dictionary<string, string> fields) =>
        grains.GetGrain<IInvoiceMailGrain>(GrainKeys.For(tenant, IInvoicePrintGrain.Id)).SendWithPdfAsync(invoice.Id, messageId, templateKind, fields);

    /// <summary>The invoice.* merge fields, formatted in the company's culture.</summary>
    public static Dictionary<string, string> InvoiceFields(InvoiceDetails invoice, CultureInfo culture) => new(StringComparer.Ordinal)
    {
        ["invoice.number"] = invoice.Id.ToString(CultureInfo.InvariantCulture),
        ["invoice.type"] = "Invoice",
        ["invoice.sale_date"] = invoice.SaleDate.ToString("d", culture),
        ["invoice.due_date"] = invoice.DueDate?.ToString("d", culture) ?? "",
        ["invoice.total"] = MessageFields.Money(invoice.Totals.GrandTotal, culture),
        ["invoice.due"] = MessageFields.Money(invoice.Totals.Due, culture),
    };
}
