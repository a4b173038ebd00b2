namespace SecurityTrax.Dunning;

/// <summary>
/// A company's dunning rules: retry a failed automatic charge <see cref="RetryDays"/> days after the invoice's due date,
/// send a notice <see cref="NoticeDaysBefore"/> days before each retry (by email, and by SMS when <see cref="SendSms"/>),
/// and after the last failure mark the customer past due, open a ticket for <see cref="TicketAssigneeId"/>, and mark the
/// customer's service suspended when <see cref="SuspendAfterFinalFailure"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.DunningSettings")]
public sealed record DunningSettings(
    [property: Id(0)] int[] RetryDays,
    [property: Id(1)] int NoticeDaysBefore,
    [property: Id(2)] bool SendSms,
    [property: Id(3)] bool MarkPastDue,
    [property: Id(4)] bool OpenTicket,
    [property: Id(5)] string? TicketAssigneeId,
    [property: Id(6)] int Version,
    [property: Id(7)] bool SuspendAfterFinalFailure = false)
{
    public static readonly int[] DefaultRetryDays = [3, 7, 14];

    public static DunningSettings Default => new(DefaultRetryDays, 2, false, true, true, null, 0);

    /// <summary>Records compare arrays by reference; settings compare by their values.</summary>
    public bool Same(DunningSettings other) =>
        RetryDays.SequenceEqual(other.RetryDays) && (NoticeDaysBefore, SendSms, MarkPastDue, OpenTicket, TicketAssigneeId, SuspendAfterFinalFailure)
            == (other.NoticeDaysBefore, other.SendSms, other.MarkPastDue, other.OpenTicket, other.TicketAssigneeId, other.SuspendAfterFinalFailure);
}
