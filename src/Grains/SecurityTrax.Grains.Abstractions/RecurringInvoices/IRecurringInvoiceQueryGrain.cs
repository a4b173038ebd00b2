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

    /// <summary>
    /// Before a billing method (<paramref name="billingMethodId"/>) or the whole customer (null) is removed: the customer's
    /// active recurring invoices that depend on it, and with <see cref="RecurringFollowUp.SwitchToDefault"/> or
    /// <see cref="RecurringFollowUp.Stop"/> they are switched or stopped. With <see cref="RecurringFollowUp.Refuse"/> nothing changes.
    /// </summary>
    [Alias("FollowUpRemoval")]
    Task<long[]> FollowUpRemovalAsync(long customerId, string? billingMethodId, RecurringFollowUp followUp);

    /// <summary>The whole schedule with the company's time zone, after the same checks as creating; nothing is saved.</summary>
    [Alias("Preview")]
    Task<SchedulePreview> PreviewAsync(RecurrenceRule schedule);
}
