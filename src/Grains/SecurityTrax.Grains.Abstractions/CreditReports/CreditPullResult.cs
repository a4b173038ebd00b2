namespace SecurityTrax.CreditReports;

/// <summary>A pull's report, or the limit that refused it (nothing was recorded or pulled then).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CreditPullResult")]
public sealed record CreditPullResult(
    [property: Id(0)] CreditReportDetails? Report,
    [property: Id(1)] CreditPullRefusal? Refused);
