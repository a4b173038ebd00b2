namespace SecurityTrax.Identity;

[GenerateSerializer, Immutable, Alias("SecurityTrax.SecurityEventDetails")]
public sealed record SecurityEventDetails(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string Kind,
    [property: Id(3)] string? UserId,
    [property: Id(4)] string? UserName,
    [property: Id(5)] string ActorName,
    [property: Id(6)] string? ClientIp,
    [property: Id(7)] string? Detail);
