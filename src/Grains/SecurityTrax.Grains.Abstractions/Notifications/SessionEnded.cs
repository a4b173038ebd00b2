namespace SecurityTrax.Notifications;

/// <summary>A user's live connections must end now: they were disabled, their role changed or their password was reset.</summary>
/// <remarks>
/// Live only: the durable part is the user's new <see cref="SessionStamp"/>, which a gateway that missed this reads from
/// the user directory within <c>Auth:SessionCheckSeconds</c>.
/// </remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.SessionEnded")]
public sealed record SessionEnded(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string UserId,
    [property: Id(2)] string Reason,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] int SessionStamp = 0);
