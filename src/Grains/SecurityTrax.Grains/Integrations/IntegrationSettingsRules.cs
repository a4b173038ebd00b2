using System.Text.RegularExpressions;
using SecurityTrax.Errors;
using SecurityTrax.Messages;

namespace SecurityTrax.Integrations;

/// <summary>Checks provider settings field by field; a secret may be left out only when one is stored already.</summary>
public static partial class IntegrationSettingsRules
{
    public static readonly IReadOnlyList<string> SmtpSecurity = ["Auto", "None", "StartTls", "StartTlsWhenAvailable", "SslOnConnect"];

    public static SmtpSettingsInput CheckSmtp(SmtpSettingsInput input, SmtpRecord? current, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        var host = input.Host?.Trim() ?? "";
        if (host.Length is 0 or > 253 || host.Any(char.IsWhiteSpace))
        {
            errors.Add(new FieldError("host", "Give the mail server's host name or address."));
        }

        if (input.Port is < 1 or > 65535)
        {
            errors.Add(new FieldError("port", "Use a port from 1 to 65535 (587 for STARTTLS, 465 for SSL)."));
        }

        var security = SmtpSecurity.FirstOrDefault(s => string.Equals(s, input.Security, StringComparison.OrdinalIgnoreCase));
        if (security is null)
        {
            errors.Add(new FieldError("security", $"Use one of {string.Join(", ", SmtpSecurity)}."));
        }

        if (input.From is null || !Recipients.IsEmail(input.From.Trim()))
        {
            errors.Add(new FieldError("from", "Give the sender's email address."));
        }

        var user = Blank(input.UserName);
        if (user is not null && Blank(input.Password) is null && current?.EncryptedPassword is null)
        {
            errors.Add(new FieldError("password", "A user name needs a password."));
        }

        return input with { Host = host, Security = security ?? "", UserName = user, Password = Blank(input.Password), From = input.From?.Trim() ?? "", FromName = Blank(input.FromName) };
    }

    public static TwilioSettingsInput CheckTwilio(TwilioSettingsInput input, TwilioRecord? current, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.AccountSid is null || !AccountSid().IsMatch(input.AccountSid))
        {
            errors.Add(new FieldError("accountSid", "Use the account SID from the Twilio console (AC…)."));
        }

        if (Blank(input.AuthToken) is null && current is null)
        {
            errors.Add(new FieldError("authToken", "The auth token is required."));
        }

        if (input.From is null || !(Recipients.E164().IsMatch(input.From) || MessagingServiceSid().IsMatch(input.From)))
        {
            errors.Add(new FieldError("from", "Use the sending number in +15551234567 form or a messaging service SID (MG…)."));
        }

        return input with { AuthToken = Blank(input.AuthToken) };
    }

    public static StripeSettingsInput CheckStripe(StripeSettingsInput input, StripeRecord? current, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        var secret = Blank(input.SecretKey);
        var secretValid = secret is not null && StripeKey().IsMatch(secret) && !secret.StartsWith("pk_", StringComparison.Ordinal);
        if (secret is null ? current is null : !secretValid)
        {
            errors.Add(new FieldError("secretKey", "Use the secret (sk_…) or restricted (rk_…) key from the Stripe dashboard."));
        }

        if (input.PublishableKey is null || !StripeKey().IsMatch(input.PublishableKey) || !input.PublishableKey.StartsWith("pk_", StringComparison.Ordinal))
        {
            errors.Add(new FieldError("publishableKey", "Use the publishable key (pk_…) from the Stripe dashboard."));
        }
        else if (secretValid && Mode(secret!) != Mode(input.PublishableKey))
        {
            errors.Add(new FieldError("publishableKey", "The keys are from different modes: use both test keys or both live keys."));
        }

        var webhook = Blank(input.WebhookSigningSecret);
        if (webhook is null ? current is null : !webhook.StartsWith("whsec_", StringComparison.Ordinal) || webhook.Any(char.IsWhiteSpace))
        {
            errors.Add(new FieldError("webhookSigningSecret", "Use the endpoint's signing secret (whsec_…)."));
        }

        return input with { SecretKey = secret, WebhookSigningSecret = webhook };
    }

    private static string Mode(string key) => key.Split('_')[1];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^AC[A-Za-z0-9]{16,64}$")]
    private static partial Regex AccountSid();

    [GeneratedRegex("^MG[A-Za-z0-9]{16,64}$")]
    private static partial Regex MessagingServiceSid();

    [GeneratedRegex("^(sk|rk|pk)_(test|live)_[A-Za-z0-9]{8,}$")]
    private static partial Regex StripeKey();
}
