namespace SecurityTrax.Web.Api.Settings;

/// <summary>The company's Stripe keys as read (secrets masked) and as sent (secrets only to replace them).</summary>
public sealed record StripeSettings(string? SecretKey, string? PublishableKey, string? WebhookSigningSecret);
