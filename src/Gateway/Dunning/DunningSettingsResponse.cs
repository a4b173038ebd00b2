using SecurityTrax.Dunning;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Dunning;

/// <summary>
/// The company's dunning: a failed automatic charge is retried <see cref="RetryDays"/> days after the invoice's due date,
/// with a notice <see cref="NoticeDaysBefore"/> days before each retry (email, and SMS when <see cref="SendSms"/>); after the
/// last retry fails the customer is marked past due and a ticket opened for <see cref="TicketAssigneeId"/> (null: the first admin),
/// and its service marked suspended when <see cref="SuspendAfterFinalFailure"/> (default false).
/// </summary>
public sealed record DunningSettingsResponse(
    int[] RetryDays, int NoticeDaysBefore, bool SendSms, bool MarkPastDue, bool OpenTicket, long? TicketAssigneeId, bool SuspendAfterFinalFailure)
{
    public static DunningSettingsResponse From(DunningSettings s) =>
        new(s.RetryDays, s.NoticeDaysBefore, s.SendSms, s.MarkPastDue, s.OpenTicket, UserIds.Number(s.TicketAssigneeId), s.SuspendAfterFinalFailure);
}
