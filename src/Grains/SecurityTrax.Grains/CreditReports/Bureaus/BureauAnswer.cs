namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>A bureau's answer: the outcome, score and model, its own reference, the reason of a failure and the raw report.</summary>
/// <remarks><see cref="RawReport"/> is the bureau's report body as it came; callers store it encrypted only.</remarks>
public sealed record BureauAnswer(
    BureauOutcome Outcome,
    int? Score,
    string? ScoreModel,
    string? BureauReference,
    string? Reason,
    string? RawReport)
{
    public static BureauAnswer Unknown(string reason) => new(BureauOutcome.Unknown, null, null, null, reason, null);

    public static BureauAnswer NotFound() => new(BureauOutcome.NotFound, null, null, null, "not_found", null);

    public static BureauAnswer Failed(string reason) => new(BureauOutcome.Failed, null, null, null, reason, null);
}
