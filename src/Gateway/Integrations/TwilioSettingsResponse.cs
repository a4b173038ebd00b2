namespace SecurityTrax.Gateway.Integrations;

/// <summary>A company's Twilio account; <see cref="AuthToken"/> is "set", never the token.</summary>
public sealed record TwilioSettingsResponse(string AccountSid, string? AuthToken, string From);
