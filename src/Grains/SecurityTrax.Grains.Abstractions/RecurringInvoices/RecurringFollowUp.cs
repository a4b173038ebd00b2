namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// What becomes of the active recurring invoices that depend on a billing method or customer being removed; sent by
/// number, never renumber.
/// </summary>
[GenerateSerializer, Alias("SecurityTrax.RecurringFollowUp")]
public enum RecurringFollowUp
{
    /// <summary>Nothing is removed while an active recurring invoice depends on it; the caller is told which ones.</summary>
    Refuse = 0,

    /// <summary>The recurring invoices charge the customer's default billing method from then on.</summary>
    SwitchToDefault = 1,

    /// <summary>The recurring invoices are stopped (as if deleted); the invoices they made stay.</summary>
    Stop = 2,
}
