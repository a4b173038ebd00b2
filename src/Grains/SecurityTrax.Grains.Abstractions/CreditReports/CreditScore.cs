namespace SecurityTrax.CreditReports;

/// <summary>
/// A credit score applied to a customer's profile from one of its completed reports: the score and band the report
/// gave, which report and bureau it came from, and who applied it when.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CreditScore")]
public sealed record CreditScore(
    [property: Id(0)] int Score,
    [property: Id(1)] DecisionBand Band,
    [property: Id(2)] long ReportId,
    [property: Id(3)] string Bureau,
    [property: Id(4)] string? ScoreModel,
    [property: Id(5)] DateTimeOffset AppliedAt,
    [property: Id(6)] string AppliedById,
    [property: Id(7)] string AppliedByName)
{
    /// <summary>The lowest and highest score a bureau reports (FICO and VantageScore both use 300–850).</summary>
    public const int Lowest = 300;

    public const int Highest = 850;
}
