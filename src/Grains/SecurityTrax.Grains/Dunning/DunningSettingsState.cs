namespace SecurityTrax.Dunning;

/// <summary>Stored as JSON; add members, never rename them. Null <see cref="RetryDays"/>: the defaults throughout.</summary>
public sealed class DunningSettingsState
{
    public int[]? RetryDays { get; set; }

    public int NoticeDaysBefore { get; set; }

    public bool SendSms { get; set; }

    public bool MarkPastDue { get; set; }

    public bool OpenTicket { get; set; }

    public string? TicketAssigneeId { get; set; }

    public bool SuspendAfterFinalFailure { get; set; }

    public int Version { get; set; }
}
