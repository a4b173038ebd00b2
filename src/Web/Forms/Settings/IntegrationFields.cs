using SecurityTrax.Web.Api.Settings;

namespace SecurityTrax.Web.Forms.Settings;

/// <summary>
/// One provider's form as typed. Secrets start empty whatever is stored: the API shows only whether one is, and a
/// secret left empty keeps the stored one.
/// </summary>
public sealed class IntegrationFields
{
    public string? Host { get; set; }
    public string? Security { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? Sender { get; set; }
    public string? FromName { get; set; }
    public string? AccountSid { get; set; }
    public string? AuthToken { get; set; }
    public string? SecretKey { get; set; }
    public string? PublishableKey { get; set; }
    public string? WebhookSigningSecret { get; set; }

    public static IntegrationFields From(SmtpSettings? s) =>
        new() { Host = s?.Host, Security = s?.Security, UserName = s?.UserName, Sender = s?.From, FromName = s?.FromName };

    public static IntegrationFields From(TwilioSettings? t) => new() { AccountSid = t?.AccountSid, Sender = t?.From };

    public static IntegrationFields From(StripeSettings? s) => new() { PublishableKey = s?.PublishableKey };
}
