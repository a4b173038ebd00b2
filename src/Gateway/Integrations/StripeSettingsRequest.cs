using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Integrations;

/// <summary>The company's Stripe keys; leave a secret out to keep the stored one.</summary>
public sealed record StripeSettingsRequest(string? SecretKey, [property: Required] string? PublishableKey, string? WebhookSigningSecret);
