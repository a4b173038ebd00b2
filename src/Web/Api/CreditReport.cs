namespace SecurityTrax.Web.Api;

/// <summary>
/// One credit report (<c>GET /api/v1/customers/{id}/credit-reports/{reportId}</c>); <see cref="RawReport"/> comes only
/// to holders of the record's view grant.
/// </summary>
public sealed record CreditReport(
    long Id,
    string Bureau,
    string Outcome,
    string? Reason,
    int? Score,
    string? ScoreModel,
    string? Band,
    string Consent,
    string RequestedByName,
    DateTimeOffset RequestedAt,
    string? RawReport)
{
    /// <summary>Only a completed report with a score can be put on the profile.</summary>
    public bool CanBeApplied => Outcome == "completed" && Score is not null && Band is not null;
}
