namespace SecurityTrax.CreditReports;

/// <summary>
/// One credit report of a customer or lead: who ran which bureau when, the consent, the outcome and, when completed,
/// score, model and band. <see cref="RawReport"/> is filled only for callers allowed to see report bodies; the SSN never is.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CreditReportDetails")]
public sealed record CreditReportDetails(
    [property: Id(0)] long Id,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] string Bureau,
    [property: Id(3)] CreditReportOutcome Outcome,
    [property: Id(4)] string? Reason,
    [property: Id(5)] int? Score,
    [property: Id(6)] string? ScoreModel,
    [property: Id(7)] DecisionBand? Band,
    [property: Id(8)] string? BureauReference,
    [property: Id(9)] ConsentMethod Consent,
    [property: Id(10)] string RequestedById,
    [property: Id(11)] string RequestedByName,
    [property: Id(12)] DateTimeOffset RequestedAt,
    [property: Id(13)] DateTimeOffset? CompletedAt,
    [property: Id(14)] string? RawReport);
