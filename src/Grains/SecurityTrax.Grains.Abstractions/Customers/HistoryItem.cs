namespace SecurityTrax.Customers;

/// <summary>One history row; <see cref="Id"/> is the outbox's delivery key, <see cref="Number"/> what clients see.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.HistoryItem")]
public sealed record HistoryItem(
    [property: Id(0)] Guid Id,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string UserId,
    [property: Id(3)] string UserName,
    [property: Id(4)] string Action,
    [property: Id(5)] string Entity,
    [property: Id(6)] string EntityId,
    [property: Id(7)] string? Field,
    [property: Id(8)] string? OldValue,
    [property: Id(9)] string? NewValue,
    [property: Id(10)] string Source,
    [property: Id(11)] string? ClientIp,
    [property: Id(12)] string? CorrelationId,
    [property: Id(13)] long Number);
