namespace SecurityTrax.Integrations;

/// <summary>
/// A Stripe secret key the company replaced or removed, kept (encrypted) because payments made with it still need
/// that account for refunds, voids and checks. Stored as JSON; add members, never rename.
/// </summary>
public sealed class RetiredStripeKey
{
    /// <summary>The payment's pinned account id (<c>Payments.Processing.ProcessorAccount</c>), so a lookup decrypts one key only.</summary>
    public string Account { get; set; } = "";

    public string EncryptedSecretKey { get; set; } = "";

    public string EncryptedWebhookSigningSecret { get; set; } = "";

    public DateTimeOffset RetiredAt { get; set; }
}
