namespace SecurityTrax.Gateway.Dunning;

/// <summary>
/// Changes the company's dunning: <c>retryDays</c> (1–10 retries, each 0–90 days after the due date, rising),
/// <c>noticeDaysBefore</c> (0–90), <c>sendSms</c>, <c>markPastDue</c>, <c>openTicket</c>, <c>ticketAssigneeId</c> (a
/// user of the company; 0 clears it, and the company's first admin gets the ticket), <c>suspendAfterFinalFailure</c>
/// (the last failure also marks the customer's service suspended). Members left out keep their values. New dunning uses them.
/// </summary>
public sealed record DunningSettingsRequest(
    int[]? RetryDays, int? NoticeDaysBefore, bool? SendSms, bool? MarkPastDue, bool? OpenTicket, long? TicketAssigneeId,
    bool? SuspendAfterFinalFailure = null);
