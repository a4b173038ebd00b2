namespace SecurityTrax.Web.Api.Settings;

/// <summary>
/// <c>GET /api/v1/settings/integrations</c>: each provider's settings, or null where the platform's apply. Secrets come
/// masked: <c>"set"</c> when stored, the Stripe secret key as its last four characters.
/// </summary>
public sealed record IntegrationSettings(SmtpSettings? Smtp, TwilioSettings? Twilio, StripeSettings? Stripe);
