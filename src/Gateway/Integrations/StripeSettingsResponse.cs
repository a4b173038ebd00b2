namespace SecurityTrax.Gateway.Integrations;

/// <summary>A company's Stripe keys; <see cref="SecretKey"/> shows only its last four characters.</summary>
public sealed record StripeSettingsResponse(string SecretKey, string PublishableKey, string? WebhookSigningSecret);
