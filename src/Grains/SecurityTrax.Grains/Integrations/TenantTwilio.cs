namespace SecurityTrax.Integrations;

/// <summary>A company's Twilio account with its auth token in clear (silo only).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TenantTwilio")]
public sealed record TenantTwilio(
    [property: Id(0)] string AccountSid,
    [property: Id(1)] string AuthToken,
    [property: Id(2)] string From);
