namespace SecurityTrax.Integrations;

public sealed class StripeRecord
{
    public string EncryptedSecretKey { get; set; } = "";

    /// <summary>Shown to admins so they can tell which key is stored.</summary>
    public string SecretKeyLast4 { get; set; } = "";

    public string PublishableKey { get; set; } = "";

    public string EncryptedWebhookSigningSecret { get; set; } = "";
}
