namespace SecurityTrax.Health;

/// <summary>What a silo found when asked whether it can serve: itself, and the database behind it.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.HealthReport")]
public sealed record HealthReport(
    [property: Id(0)] string Silo,
    [property: Id(1)] bool DatabaseReachable,
    [property: Id(2)] string? DatabaseError,
    [property: Id(3)] TimeSpan DatabaseLatency);
