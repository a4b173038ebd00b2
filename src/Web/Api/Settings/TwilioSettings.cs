namespace SecurityTrax.Web.Api.Settings;

/// <summary>The company's Twilio account as read (token only "set" or null) and as sent (a token only to replace it).</summary>
public sealed record TwilioSettings(string? AccountSid, string? AuthToken, string? From);
