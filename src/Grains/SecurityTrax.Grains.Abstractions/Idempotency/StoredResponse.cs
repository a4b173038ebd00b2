namespace SecurityTrax.Idempotency;

/// <summary>The first answer to a creating request, replayed to repeats of the same Idempotency-Key.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.StoredResponse")]
public sealed record StoredResponse(
    [property: Id(0)] int StatusCode,
    [property: Id(1)] string? ContentType,
    [property: Id(2)] string? Location,
    [property: Id(3)] string? ETag,
    [property: Id(4)] byte[] Body);
