using SecurityTrax.Security;

namespace SecurityTrax.Integrations;

/// <summary>A company's provider secrets sealed to the company, its integrations record and the secret's field.</summary>
/// <remarks>A replaced Stripe key keeps its ciphertext when retired, so retired keys share the current key's fields.</remarks>
public sealed class IntegrationSecretBox(ConfidentialCipher cipher, string company)
{
    public const string SmtpPassword = "smtp.password";
    public const string TwilioAuthToken = "twilio.authToken";
    public const string StripeSecretKey = "stripe.secretKey";
    public const string StripeWebhookSecret = "stripe.webhookSigningSecret";
    public const string BureauApiKey = "bureau.apiKey";

    public string? Protect(string? secret, string field) => secret is null ? null : cipher.Protect(secret, Place(field));

    public string Unprotect(string stored, string field) => cipher.Unprotect(stored, Place(field));

    public string? UnprotectOrNull(string? stored, string field) => stored is null ? null : Unprotect(stored, field);

    /// <summary>Every stored secret in the current form under the newest key; true if any changed.</summary>
    public bool Rewrap(IntegrationSettingsState state)
    {
        var changed = false;
        string Again(string stored, string field)
        {
            var current = cipher.Rewrap(stored, Place(field));
            changed |= !ReferenceEquals(current, stored);
            return current;
        }

        if (state.Smtp is { EncryptedPassword: { } password } smtp)
        {
            smtp.EncryptedPassword = Again(password, SmtpPassword);
        }

        if (state.Twilio is { } twilio)
        {
            twilio.EncryptedAuthToken = Again(twilio.EncryptedAuthToken, TwilioAuthToken);
        }

        foreach (var stripe in state.RetiredStripe)
        {
            stripe.EncryptedSecretKey = Again(stripe.EncryptedSecretKey, StripeSecretKey);
            stripe.EncryptedWebhookSigningSecret = Again(stripe.EncryptedWebhookSigningSecret, StripeWebhookSecret);
        }

        if (state.Stripe is { } current)
        {
            current.EncryptedSecretKey = Again(current.EncryptedSecretKey, StripeSecretKey);
            current.EncryptedWebhookSigningSecret = Again(current.EncryptedWebhookSigningSecret, StripeWebhookSecret);
        }

        if (state.Bureau is { } bureau)
        {
            bureau.EncryptedApiKey = Again(bureau.EncryptedApiKey, BureauApiKey);
        }

        return changed;
    }

    private ConfidentialField Place(string field) => new(company, "integrations", field);
}
