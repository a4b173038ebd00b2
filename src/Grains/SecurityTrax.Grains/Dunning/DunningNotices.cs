using System.Globalization;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Portal;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Tenants;

namespace SecurityTrax.Dunning;

/// <summary>
/// The notice before a scheduled retry: email (and SMS when the company wants it) from the system templates, with the
/// retry's date and a pay link; each under a message id of (invoice, retry), so a repeat after a crash sends once.
/// </summary>
public sealed class DunningNotices(DunningBook b, PaymentsOptions payments)
{
    public const string RetryDateField = "dunning.retry_date";

    public const string AmountField = "dunning.amount";

    public static string MessageId(long invoiceId, int retry, MessageChannel channel) =>
        string.Create(CultureInfo.InvariantCulture, $"dunning-{invoiceId}-{retry}-{(channel == MessageChannel.Sms ? "sms" : "email")}");

    public async Task SendAsync(DunningCase c, InvoiceDetails invoice)
    {
        var retry = c.ScheduledDone + 1;
        var settings = await b.Grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(b.Tenant, ITenantSettingsGrain.Id)).GetAsync();
        var culture = CultureInfo.GetCultureInfo(settings.Culture);
        var sent = new List<string>();
        foreach (var (channel, kind) in Channels(c))
        {
            var fields = RecurringInvoiceEmails.InvoiceFields(invoice, culture);
            fields[RetryDateField] = DunningPlan.RetryDate(c, c.ScheduledDone).ToString("d", culture);
            fields[AmountField] = MessageFields.Money(invoice.Totals.Due, culture);
            var template = await b.Grains.GetGrain<IMessageTemplateGrain>(GrainKeys.For(b.Tenant, IMessageTemplateGrain.Id)).GetSystemAsync(kind);
            await PayLinkFields.AddAsync(b.Grains, b.Tenant, payments, template, invoice, fields);
            var message = await b.Grains.GetGrain<IMessageGrain>(GrainKeys.For(b.Tenant, MessageId(c.InvoiceId, retry, channel))).SendAsync(new SendMessage(
                b.CustomerId, channel, null, kind, null, null, null, null, null, fields, null, RecordInvalidAsFailed: true));
            sent.Add($"{(channel == MessageChannel.Sms ? "SMS" : "Email")} {message.Status.ToString().ToLowerInvariant()}");
        }

        c.NoticesSent = retry;
        b.Record(c.InvoiceId, "dunning_notice_sent", $"Before retry on {DunningPlan.RetryDate(c, c.ScheduledDone):yyyy-MM-dd}: {string.Join(", ", sent)}");
    }

    private static IEnumerable<(MessageChannel Channel, string Kind)> Channels(DunningCase c)
    {
        yield return (MessageChannel.Email, SystemTemplateKinds.DunningNotice);
        if (c.SendSms)
        {
            yield return (MessageChannel.Sms, SystemTemplateKinds.DunningNoticeSms);
        }
    }
}
