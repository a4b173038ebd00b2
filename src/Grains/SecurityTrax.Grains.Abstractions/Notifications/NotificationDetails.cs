namespace SecurityTrax.Notifications;

/// <summary>A notification for one user, as the inbox and the live push carry it.</summary>
/// <remarks>Id 7 was the data as text by key; it is not reused (an old peer's field is skipped, not misread).</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.NotificationDetails")]
public sealed record NotificationDetails(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string UserId,
    [property: Id(2)] long Sequence,
    [property: Id(3)] Guid Id,
    [property: Id(4)] string Kind,
    [property: Id(5)] string Title,
    [property: Id(6)] string? Body,
    [property: Id(9)] NotificationPayload Data,
    [property: Id(8)] DateTimeOffset CreatedAt);
