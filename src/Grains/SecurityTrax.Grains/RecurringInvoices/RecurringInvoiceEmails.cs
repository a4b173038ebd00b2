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

    public static Task<MessageDetails> SendGeneratedAsync(
        IGrainFactory grains, string tenant, TenantSettingsDetails settings, long recurringInvoiceId, int occurrence, InvoiceDetails invoice) =>
        grains.GetGrain<IMessageGrain>(GrainKeys.For(tenant, GeneratedMessageId(recurringInvoiceId, occurrence)))
            .SendAsync(new SendMessage(
                invoice.CustomerId, MessageChannel.Email, null, SystemTemplateKinds.RecurringInvoiceGenerated, null, null, null, null, null,
                InvoiceFields(invoice, CultureInfo.GetCultureInfo(settings.Culture)), null, RecordInvalidAsFailed: true));

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
