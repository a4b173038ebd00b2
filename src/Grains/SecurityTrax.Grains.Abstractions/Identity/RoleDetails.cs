namespace SecurityTrax.Identity;

[GenerateSerializer, Immutable, Alias("SecurityTrax.RoleDetails")]
public sealed record RoleDetails(
    [property: Id(0)] string Name,
    [property: Id(1)] string[] Grants,
    [property: Id(2)] bool BuiltIn,
    [property: Id(3)] int Version);
