namespace SecurityTrax.Identity;

/// <summary>Profile and role of an existing user; <see cref="ExpectedVersion"/> guards against lost updates.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.UserChange")]
public sealed record UserChange(
    [property: Id(0)] string UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string? Email,
    [property: Id(3)] string Role,
    [property: Id(4)] int ExpectedVersion);
