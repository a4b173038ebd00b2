namespace SecurityTrax.Notifications;

/// <summary>A user's live connections must end now: they were disabled, their role changed or their password was reset.</summary>
/// <remarks>Live only. A gateway that misses it still closes the connection when the access token runs out.</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.SessionEnded")]
public sealed record SessionEnded(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string UserId,
    [property: Id(2)] string Reason,
    [property: Id(3)] DateTimeOffset At);
