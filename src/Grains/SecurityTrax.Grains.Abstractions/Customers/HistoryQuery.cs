namespace SecurityTrax.Customers;

/// <summary>Filters over one customer's history, newest first.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.HistoryQuery")]
public sealed record HistoryQuery(
    [property: Id(0)] long CustomerId,
    [property: Id(1)] DateTimeOffset? From,
    [property: Id(2)] DateTimeOffset? To,
    [property: Id(3)] string? UserId,
    [property: Id(4)] string? Action,
    [property: Id(5)] string? Entity,
    [property: Id(6)] string? Cursor,
    [property: Id(7)] int Limit);
