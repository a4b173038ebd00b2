namespace SecurityTrax.Integrations;

/// <summary>Twilio settings as shown: whether the auth token is stored, never the token.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TwilioSettingsView")]
public sealed record TwilioSettingsView(
    [property: Id(0)] string AccountSid,
    [property: Id(1)] bool AuthTokenSet,
    [property: Id(2)] string From);
