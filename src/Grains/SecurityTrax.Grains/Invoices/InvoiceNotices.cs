using System.Globalization;
using SecurityTrax.Notifications;
using SecurityTrax.Outbox;

namespace SecurityTrax.Invoices;

/// <summary>The notifications an invoice sends to the office.</summary>
public static class InvoiceNotices
{
    /// <summary>Tells the person who set up a recurring invoice that it made an invoice.</summary>
    public static void Generated(OutboxState outbox, DateTimeOffset now, string userId, long number, RecurringCopy copy, string customerName) =>
        outbox.Notify(now, userId, "invoice.generated", $"Invoice {number} generated for {customerName}", null, new NotificationPayload
        {
            InvoiceId = number,
            CustomerId = copy.CustomerId,
            CustomerName = customerName,
            RecurringInvoiceId = copy.RecurringInvoiceId,
            Occurrence = copy.Occurrence,
            SaleDate = copy.Header.SaleDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
}
