namespace SecurityTrax.Integrations;

/// <summary>The company's provider settings without their secrets; a null provider uses the platform's settings.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.IntegrationSettingsDetails")]
public sealed record IntegrationSettingsDetails(
    [property: Id(0)] SmtpSettingsView? Smtp,
    [property: Id(1)] TwilioSettingsView? Twilio,
    [property: Id(2)] StripeSettingsView? Stripe,
    [property: Id(3)] int Version,
    [property: Id(4)] DateTimeOffset? UpdatedAt,
    [property: Id(5)] BureauSettingsView? Bureau = null);
