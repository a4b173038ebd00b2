namespace SecurityTrax.Web.Api;

/// <summary>The credit score on the profile, applied from report <see cref="ReportId"/>.</summary>
public sealed record CreditScore(int Score, string Band, long ReportId, string Bureau, DateTimeOffset AppliedAt, string AppliedByName);
