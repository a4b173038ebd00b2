namespace SecurityTrax.Integrations;

/// <summary>The company's Stripe account; a secret left null keeps the stored one.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.StripeSettingsInput")]
public sealed record StripeSettingsInput(
    [property: Id(0)] string? SecretKey,
    [property: Id(1)] string PublishableKey,
    [property: Id(2)] string? WebhookSigningSecret);
