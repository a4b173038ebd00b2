using SecurityTrax.CreditReports;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>The credit score on a customer's profile: score and band from report <see cref="ReportId"/>, who applied it and when.</summary>
public sealed record CreditScoreResponse(
    int Score, DecisionBand Band, long ReportId, string Bureau, string? ScoreModel, DateTimeOffset AppliedAt, long? AppliedById, string AppliedByName)
{
    public static CreditScoreResponse? From(CreditScore? s) => s is null ? null
        : new(s.Score, s.Band, s.ReportId, s.Bureau, s.ScoreModel, s.AppliedAt, UserIds.Number(s.AppliedById), s.AppliedByName);
}
