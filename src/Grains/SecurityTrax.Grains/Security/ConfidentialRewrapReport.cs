namespace SecurityTrax.Security;

/// <summary>A finished pass of the re-encryption: records looked at, rewritten, and failed (a value that does not decrypt, a save refused).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ConfidentialRewrapReport")]
public sealed record ConfidentialRewrapReport(
    [property: Id(0)] string KeyId,
    [property: Id(1)] int Examined,
    [property: Id(2)] int Rewritten,
    [property: Id(3)] int Failed,
    [property: Id(4)] DateTimeOffset FinishedAt);
