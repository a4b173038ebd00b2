using System.Globalization;
using SecurityTrax.Outbox;

namespace SecurityTrax.Invoices;

/// <summary>The notifications an invoice sends to the office.</summary>
public static class InvoiceNotices
{
    /// <summary>Tells the person who set up a recurring invoice that it made an invoice.</summary>
    public static void Generated(OutboxState outbox, DateTimeOffset now, string userId, long number, RecurringCopy copy, string customerName) =>
        outbox.Notify(now, userId, "invoice.generated", $"Invoice {number} generated for {customerName}", null, new()
        {
            ["invoiceId"] = number.ToString(CultureInfo.InvariantCulture),
            ["customerId"] = copy.CustomerId.ToString(CultureInfo.InvariantCulture),
            ["customerName"] = customerName,
            ["recurringInvoiceId"] = copy.RecurringInvoiceId.ToString(CultureInfo.InvariantCulture),
            ["occurrence"] = copy.Occurrence.ToString(CultureInfo.InvariantCulture),
            ["saleDate"] = copy.Header.SaleDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        });
}
