namespace SecurityTrax.Integrations;

/// <summary>The company's Twilio account; <see cref="AuthToken"/> null keeps the stored one.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TwilioSettingsInput")]
public sealed record TwilioSettingsInput(
    [property: Id(0)] string AccountSid,
    [property: Id(1)] string? AuthToken,
    [property: Id(2)] string From);
