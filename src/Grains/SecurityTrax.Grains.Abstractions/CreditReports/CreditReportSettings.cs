namespace SecurityTrax.CreditReports;

/// <summary>
/// A company's credit report settings: scores from <see cref="ApprovedFrom"/> up are approved, from
/// <see cref="ConditionalFrom"/> up conditional, lower ones declined; at most <see cref="DailyQuota"/> pulls per UTC
/// day for the company and <see cref="PerUserPerHour"/> per user per hour.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CreditReportSettings")]
public sealed record CreditReportSettings(
    [property: Id(0)] int ApprovedFrom,
    [property: Id(1)] int ConditionalFrom,
    [property: Id(2)] int DailyQuota,
    [property: Id(3)] int PerUserPerHour,
    [property: Id(4)] int Version)
{
    public DecisionBand BandOf(int score) =>
        score >= ApprovedFrom ? DecisionBand.Approved : score >= ConditionalFrom ? DecisionBand.Conditional : DecisionBand.Declined;
}
