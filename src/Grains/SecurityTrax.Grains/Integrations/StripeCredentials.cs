namespace SecurityTrax.Integrations;

/// <summary>A company's Stripe keys in clear (silo only); <see cref="WebhookSigningSecret"/> verifies its webhooks.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.StripeCredentials")]
public sealed record StripeCredentials(
    [property: Id(0)] string SecretKey,
    [property: Id(1)] string PublishableKey,
    [property: Id(2)] string WebhookSigningSecret);
