namespace SecurityTrax.CreditReports;

/// <summary>A company's request for a bureau: the permissible-purpose statement, who asked, and the operator's decision.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.BureauAccessRequestDetails")]
public sealed record BureauAccessRequestDetails(
    [property: Id(0)] string Tenant,
    [property: Id(1)] long Id,
    [property: Id(2)] string Bureau,
    [property: Id(3)] string PermissiblePurpose,
    [property: Id(4)] string RequestedById,
    [property: Id(5)] string RequestedByName,
    [property: Id(6)] DateTimeOffset RequestedAt,
    [property: Id(7)] BureauAccessStatus Status,
    [property: Id(8)] DateTimeOffset? DecidedAt,
    [property: Id(9)] string? DecisionNote);
