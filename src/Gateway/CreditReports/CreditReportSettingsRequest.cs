namespace SecurityTrax.Gateway.CreditReports;

/// <summary>
/// Changes the company's decision bands (scores 300–850, <c>conditionalFrom</c> at most <c>approvedFrom</c>) and pull
/// limits (1–10,000 a day, 1–1,000 per user an hour). Members left out keep their values.
/// </summary>
public sealed record CreditReportSettingsRequest(int? ApprovedFrom, int? ConditionalFrom, int? DailyQuota, int? PerUserPerHour);
