namespace SecurityTrax.CreditReports;

/// <summary>A pull refused by a limit: <c>company_daily_quota</c> or <c>user_rate_limit</c>, and when to try again.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CreditPullRefusal")]
public sealed record CreditPullRefusal(
    [property: Id(0)] string Limit,
    [property: Id(1)] TimeSpan RetryAfter);
