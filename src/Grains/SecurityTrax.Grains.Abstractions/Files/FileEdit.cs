namespace SecurityTrax.Files;

/// <summary>The members of a file a user can change.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FileEdit")]
public sealed record FileEdit(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Category,
    [property: Id(2)] string? Description);
