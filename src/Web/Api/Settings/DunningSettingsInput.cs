namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of <c>PATCH /api/v1/settings/dunning</c>; <see cref="TicketAssigneeId"/> 0 gives the ticket to the first admin.</summary>
public sealed record DunningSettingsInput(
    int[]? RetryDays, int? NoticeDaysBefore, bool SendSms, bool MarkPastDue, bool OpenTicket, long TicketAssigneeId, bool SuspendAfterFinalFailure);
