using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>Reads recurring-invoice lists and previews schedules; a stateless worker, key <c>{tenant}/recurring-invoice-queries</c>.</summary>
[Alias("SecurityTrax.IRecurringInvoiceQueryGrain")]
public interface IRecurringInvoiceQueryGrain : ITenantGrain
{
    public const string Id = "recurring-invoice-queries";

    /// <summary>The customer's recurring invoices that are not deleted, newest first.</summary>
    [Alias("ListForCustomer")]
    Task<RecurringInvoiceSummary[]> ListForCustomerAsync(long customerId);

    /// <summary>The whole schedule with the company's time zone, after the same checks as creating; nothing is saved.</summary>
    [Alias("Preview")]
    Task<SchedulePreview> PreviewAsync(RecurrenceRule schedule);
}
