namespace SecurityTrax.Notifications;

/// <summary>A live event about a customer for everyone viewing it (payment succeeded, failed, refunded); not kept in any inbox.</summary>
/// <remarks>Id 3 was the data as text by key; it is not reused.</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CustomerEvent")]
public sealed record CustomerEvent(
    [property: Id(0)] string Tenant,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] string Kind,
    [property: Id(5)] NotificationPayload Data,
    [property: Id(4)] DateTimeOffset At);
