namespace SecurityTrax.Integrations;

/// <summary>Stripe settings as shown: the secret key's last four characters, whether a webhook secret is stored.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.StripeSettingsView")]
public sealed record StripeSettingsView(
    [property: Id(0)] string SecretKeyLast4,
    [property: Id(1)] string PublishableKey,
    [property: Id(2)] bool WebhookSecretSet);
