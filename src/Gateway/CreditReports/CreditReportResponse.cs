using SecurityTrax.CreditReports;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>
/// One credit report: who ran which bureau when, with what consent, and the outcome (<c>completed</c> with score, model
/// and band, or why not). <see cref="RawReport"/> is the bureau's report (JSON text), only for holders of the view grant.
/// </summary>
public sealed record CreditReportResponse(
    long Id,
    long CustomerId,
    string Bureau,
    CreditReportOutcome Outcome,
    string? Reason,
    int? Score,
    string? ScoreModel,
    DecisionBand? Band,
    string? BureauReference,
    ConsentMethod Consent,
    long? RequestedById,
    string RequestedByName,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    string? RawReport)
{
    public static CreditReportResponse From(CreditReportDetails d) => new(
        d.Id, d.CustomerId, d.Bureau, d.Outcome, d.Reason, d.Score, d.ScoreModel, d.Band, d.BureauReference, d.Consent,
        UserIds.Number(d.RequestedById), d.RequestedByName, d.RequestedAt, d.CompletedAt, d.RawReport);
}
