using SecurityTrax.Identity;

namespace SecurityTrax.Messages;

/// <summary>Checks and applies a tenant's messaging webhooks (Twilio); key <c>{tenant}/messaging-webhooks</c>.</summary>
/// <remarks>
/// The signature is checked in the silo, where the auth token lives, against the public URL the callback was
/// registered at. Nothing is read or changed for a request whose signature does not verify.
/// </remarks>
[Alias("SecurityTrax.IMessagingWebhookGrain")]
public interface IMessagingWebhookGrain : ITenantGrain
{
    public const string Id = "messaging-webhooks";

    /// <summary>A delivery status report; false when the signature does not verify.</summary>
    [Alias("AcceptStatus")]
    Task<bool> AcceptStatusAsync(string pathAndQuery, Dictionary<string, string> form, string? signature);

    /// <summary>An inbound text (STOP / START); false when the signature does not verify.</summary>
    [Alias("AcceptInbound")]
    Task<bool> AcceptInboundAsync(string pathAndQuery, Dictionary<string, string> form, string? signature);
}
