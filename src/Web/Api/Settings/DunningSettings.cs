namespace SecurityTrax.Web.Api.Settings;

/// <summary>
/// The company's dunning as <c>GET /api/v1/settings/dunning</c> answers it: retries (days after the due date), the notice
/// lead, SMS, and what the last failure does (past due, a ticket for the assignee or the first admin, suspension).
/// </summary>
public sealed record DunningSettings(
    int[] RetryDays, int NoticeDaysBefore, bool SendSms, bool MarkPastDue, bool OpenTicket, long? TicketAssigneeId, bool SuspendAfterFinalFailure);
