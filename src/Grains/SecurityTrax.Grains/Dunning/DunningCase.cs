namespace SecurityTrax.Dunning;

/// <summary>
/// The chase of one invoice, stored in the customer's dunning state. The company's settings are copied in when it
/// starts, so a later change of the settings or the time zone does not move a schedule already announced.
/// </summary>
public sealed class DunningCase
{
    public long InvoiceId { get; set; }

    public DunningStatus Status { get; set; }

    public DateOnly DueDate { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public int[] RetryDays { get; set; } = [];

    public int NoticeDaysBefore { get; set; }

    public bool SendSms { get; set; }

    public bool MarkPastDue { get; set; }

    public bool OpenTicket { get; set; }

    public string? TicketAssigneeId { get; set; }

    /// <summary>The final failure marks the customer's service suspended (the company's setting when the case started).</summary>
    public bool Suspend { get; set; }

    /// <summary>The customer record was told of the suspension (once per case; the office may clear it by hand).</summary>
    public bool SuspensionTold { get; set; }

    /// <summary>The billing method the failed charge used; a retry charges the customer's default when it is gone.</summary>
    public string? BillingMethodId { get; set; }

    /// <summary>Retries made (scheduled and immediate); retry n runs under operation id <c>dunning-{invoice}-{n}</c>.</summary>
    public int Attempts { get; set; }

    /// <summary>Scheduled retries done: the next scheduled one is <see cref="RetryDays"/>[ScheduledDone].</summary>
    public int ScheduledDone { get; set; }

    /// <summary>Notices sent: the notice before scheduled retry k is sent once, when NoticesSent == k.</summary>
    public int NoticesSent { get; set; }

    /// <summary>Set (and stored) when a new card or bank account asks for a retry now.</summary>
    public bool RetryRequested { get; set; }

    /// <summary>The retry about to be made, stored before its charge so a repeat charges the same amount under the same id.</summary>
    public DunningAttempt? Pending { get; set; }

    /// <summary>The note number drawn for the final ticket, stored before the ticket is made (one ticket whatever happens).</summary>
    public long? TicketNumber { get; set; }

    public bool TicketOpened { get; set; }

    public string? LastResult { get; set; }
}
