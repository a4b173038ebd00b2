namespace SecurityTrax.Portal;

/// <summary>A code request's answer, alike for known and unknown addresses: how long codes work, or when to ask again.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PortalCodeOutcome")]
public sealed record PortalCodeOutcome(
    [property: Id(0)] TimeSpan CodeLifetime,
    [property: Id(1)] DateTimeOffset? RetryAt);
