namespace SecurityTrax.Files;

/// <summary>The file recorded, or why it was not (<see cref="Reason"/> says it in words).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FileCommit")]
public sealed record FileCommit(
    [property: Id(0)] FileDetails? File,
    [property: Id(1)] FileRefusal Refusal,
    [property: Id(2)] string? Reason);
