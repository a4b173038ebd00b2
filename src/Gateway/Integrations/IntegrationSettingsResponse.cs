using SecurityTrax.Integrations;

namespace SecurityTrax.Gateway.Integrations;

/// <summary>
/// The company's provider settings; a provider that is null uses the platform's settings. Secrets are never shown:
/// <c>"set"</c> when one is stored, and the last four characters of the Stripe secret key and the bureau API key.
/// </summary>
public sealed record IntegrationSettingsResponse(
    SmtpSettingsResponse? Smtp, TwilioSettingsResponse? Twilio, StripeSettingsResponse? Stripe, BureauSettingsResponse? Bureau)
{
    public const string Set = "set";

    public static IntegrationSettingsResponse From(IntegrationSettingsDetails d) => new(
        d.Smtp is { } s ? new SmtpSettingsResponse(s.Host, s.Port, s.Security, s.UserName, s.PasswordSet ? Set : null, s.From, s.FromName) : null,
        d.Twilio is { } t ? new TwilioSettingsResponse(t.AccountSid, t.AuthTokenSet ? Set : null, t.From) : null,
        d.Stripe is { } p ? new StripeSettingsResponse("…" + p.SecretKeyLast4, p.PublishableKey, p.WebhookSecretSet ? Set : null) : null,
        d.Bureau is { } b ? new BureauSettingsResponse(b.BaseUrl, b.SubscriberCode, "…" + b.ApiKeyLast4) : null);
}
