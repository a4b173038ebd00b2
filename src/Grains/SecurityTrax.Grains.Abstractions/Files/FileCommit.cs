namespace SecurityTrax.Files;

/// <summary>The files recorded, or why none was (<see cref="Reason"/> says it in words).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FileCommit")]
public sealed record FileCommit(
    [property: Id(0)] FileDetails[] Files,
    [property: Id(1)] FileRefusal Refusal,
    [property: Id(2)] string? Reason);
