namespace SecurityTrax.Identity;

[GenerateSerializer, Immutable, Alias("SecurityTrax.UserDetails")]
public sealed record UserDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] string UserName,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] string? Email,
    [property: Id(4)] string Role,
    [property: Id(5)] bool Disabled,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] int Version);
