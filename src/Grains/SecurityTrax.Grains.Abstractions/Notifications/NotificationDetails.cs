namespace SecurityTrax.Notifications;

/// <summary>A notification for one user, as the inbox and the live push carry it.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.NotificationDetails")]
public sealed record NotificationDetails(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string UserId,
    [property: Id(2)] long Sequence,
    [property: Id(3)] Guid Id,
    [property: Id(4)] string Kind,
    [property: Id(5)] string Title,
    [property: Id(6)] string? Body,
    [property: Id(7)] IReadOnlyDictionary<string, string> Data,
    [property: Id(8)] DateTimeOffset CreatedAt);
