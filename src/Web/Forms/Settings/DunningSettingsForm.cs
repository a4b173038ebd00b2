using System.Globalization;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Api.Settings;

namespace SecurityTrax.Web.Forms.Settings;

/// <summary>
/// What the dunning settings screen holds while it is edited: the retry days as typed ("3, 7, 14"), the notice lead,
/// the switches and the ticket's assignee ("0": the company's first admin). Text that is not a number is refused here.
/// </summary>
public sealed class DunningSettingsForm
{
    public const string FirstAdmin = "0";

    public string? RetryDays { get; set; }

    public string? NoticeDaysBefore { get; set; }

    public bool SendSms { get; set; }

    public bool MarkPastDue { get; set; }

    public bool OpenTicket { get; set; }

    public string? TicketAssigneeId { get; set; }

    public bool SuspendAfterFinalFailure { get; set; }

    public static DunningSettingsForm From(DunningSettings s) => new()
    {
        RetryDays = string.Join(", ", s.RetryDays.Select(d => d.ToString(CultureInfo.InvariantCulture))),
        NoticeDaysBefore = s.NoticeDaysBefore.ToString(CultureInfo.InvariantCulture),
        SendSms = s.SendSms, MarkPastDue = s.MarkPastDue, OpenTicket = s.OpenTicket,
        TicketAssigneeId = s.TicketAssigneeId?.ToString(CultureInfo.InvariantCulture) ?? FirstAdmin,
        SuspendAfterFinalFailure = s.SuspendAfterFinalFailure,
    };

    /// <summary>The request, or the problem of the fields that could not be read (nothing is sent then).</summary>
    public (DunningSettingsInput? Input, Problem? Problem) ToInput()
    {
        var numbers = new NumberText();
        var days = numbers.WholeList(RetryDays, "retryDays");
        var notice = numbers.Whole(NoticeDaysBefore, "noticeDaysBefore");
        if (string.IsNullOrWhiteSpace(NoticeDaysBefore))
        {
            numbers.Refuse("noticeDaysBefore", "Give the days before each retry (0 sends the notice on the day).");
        }

        var assignee = long.TryParse(TicketAssigneeId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0;
        return numbers.Problem is { } problem
            ? (null, problem)
            : (new DunningSettingsInput(days, notice, SendSms, MarkPastDue, OpenTicket, assignee, SuspendAfterFinalFailure), null);
    }
}
