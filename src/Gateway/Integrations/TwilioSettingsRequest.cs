using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Integrations;

/// <summary>The company's Twilio account; leave <see cref="AuthToken"/> out to keep the stored one.</summary>
public sealed record TwilioSettingsRequest([property: Required] string? AccountSid, string? AuthToken, [property: Required] string? From);
