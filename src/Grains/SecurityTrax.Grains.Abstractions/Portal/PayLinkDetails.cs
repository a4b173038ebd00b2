namespace SecurityTrax.Portal;

/// <summary>
/// A pay link as the office sees it (never its token). <see cref="InvoiceId"/> null: the customer's portal; otherwise
/// that one invoice. <see cref="Version"/> is the version of the customer's pay links as a whole (their ETag).
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PayLinkDetails")]
public sealed record PayLinkDetails(
    [property: Id(0)] int Number,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] long? InvoiceId,
    [property: Id(3)] PayLinkStatus Status,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] string CreatedByName,
    [property: Id(6)] DateTimeOffset ExpiresAt,
    [property: Id(7)] DateTimeOffset? RevokedAt,
    [property: Id(8)] string? RevokedByName,
    [property: Id(9)] int Version);
