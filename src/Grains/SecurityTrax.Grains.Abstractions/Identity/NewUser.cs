namespace SecurityTrax.Identity;

[GenerateSerializer, Immutable, Alias("SecurityTrax.NewUser")]
public sealed record NewUser(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string? Email,
    [property: Id(3)] string Role,
    [property: Id(4)] string Password);
