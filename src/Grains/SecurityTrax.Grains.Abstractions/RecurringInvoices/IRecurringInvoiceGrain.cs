using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>A recurring invoice of a customer, which bills itself on its schedule; key <c>{tenant}/{number}</c>.</summary>
/// <remarks>
/// An Orleans reminder wakes the grain when an occurrence falls due; every wake-up (and every activation) makes
/// every occurrence due by now that has no invoice yet. The invoice number of occurrence k is stored before the
/// invoice is made, and the invoice grain refuses to be made twice, so each occurrence is invoiced exactly once.
/// </remarks>
[Alias("SecurityTrax.IRecurringInvoiceGrain")]
public interface IRecurringInvoiceGrain : ITenantGrain
{
    /// <summary>Creates the recurring invoice; repeating it returns it as it is. Afterwards only the buttons add lines.</summary>
    [Alias("Create")]
    Task<RecurringInvoiceDetails> CreateAsync(long customerId, RecurringInvoiceInput input);

    [Alias("Get")]
    Task<RecurringInvoiceDetails> GetAsync();

    /// <summary>Makes the invoices of every occurrence due by now that has none yet; returns how many it made.</summary>
    [Alias("GenerateDue")]
    Task<int> GenerateDueAsync();

    /// <summary>Stops future invoices; the invoices made so far stay.</summary>
    [Alias("Delete")]
    Task DeleteAsync(int expectedVersion);

    /// <summary>Starts a paused recurring invoice again: occurrences held back while paused are made now, each once.</summary>
    [Alias("Resume")]
    Task<RecurringInvoiceDetails> ResumeAsync(int expectedVersion);

    /// <summary>Stops it as <see cref="DeleteAsync"/> does (no version: the removal of what it depends on, <paramref name="reason"/>).</summary>
    [Alias("Stop")]
    Task StopAsync(string reason);

    /// <summary>
    /// Adds the customer's monthly monitoring rate to the template as the invoice editor's button does (once; every
    /// invoice made from now on carries it).
    /// </summary>
    [Alias("AddMonitoring")]
    Task<RecurringLinesAdded> AddMonitoringAsync(int expectedVersion);

    /// <summary>
    /// Marks one of <see cref="RecurringOneTimeItems"/> for the next invoice it makes (not a line of the template: it would
    /// bill every month). Nothing changes, and <see cref="RecurringLinesAdded.Reason"/> says why, when there is nothing to
    /// add or the mark is there already.
    /// </summary>
    [Alias("MarkOneTime")]
    Task<RecurringLinesAdded> MarkOneTimeAsync(string kind, int expectedVersion);

    /// <summary>Takes a mark of <see cref="MarkOneTimeAsync"/> off before an invoice carries it; not found when it is not marked.</summary>
    [Alias("UnmarkOneTime")]
    Task<RecurringInvoiceDetails> UnmarkOneTimeAsync(string kind, int expectedVersion);

    /// <summary>When it names billing method <paramref name="methodId"/>, it charges the customer's default one from now on.</summary>
    [Alias("UseDefaultBillingMethod")]
    Task UseDefaultBillingMethodAsync(string methodId);
}
