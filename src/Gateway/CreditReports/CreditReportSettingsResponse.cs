using SecurityTrax.CreditReports;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>
/// The company's credit report settings: scores from <see cref="ApprovedFrom"/> up are approved, from
/// <see cref="ConditionalFrom"/> up conditional, lower ones declined; pulls per UTC day for the company and per hour per user.
/// </summary>
public sealed record CreditReportSettingsResponse(int ApprovedFrom, int ConditionalFrom, int DailyQuota, int PerUserPerHour)
{
    public static CreditReportSettingsResponse From(CreditReportSettings s) => new(s.ApprovedFrom, s.ConditionalFrom, s.DailyQuota, s.PerUserPerHour);
}
