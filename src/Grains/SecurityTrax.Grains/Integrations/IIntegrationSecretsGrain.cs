using SecurityTrax.CreditReports.Bureaus;
using SecurityTrax.Identity;
using SecurityTrax.Security;

namespace SecurityTrax.Integrations;

/// <summary>
/// The decrypted provider credentials of a company, for silo code only (message delivery, webhooks, payments); same
/// grain as <see cref="IIntegrationSettingsGrain"/>, key <c>{tenant}/integrations</c>.
/// </summary>
/// <remarks>
/// This interface lives in the grains project, which the gateway does not reference, and the silo refuses calls to it
/// that come from a client (<see cref="ISiloOnlyGrain"/>), so decrypted secrets never leave the silo.
/// </remarks>
[Alias("SecurityTrax.IIntegrationSecretsGrain")]
public interface IIntegrationSecretsGrain : ITenantGrain, ISiloOnlyGrain
{
    /// <summary>The company's SMTP and Twilio accounts; a null one means "use the platform's".</summary>
    [Alias("GetMessaging")]
    Task<TenantMessagingCredentials> GetMessagingAsync();

    /// <summary>The company's Stripe keys, or null when it has none (the platform's processor applies).</summary>
    [Alias("GetStripe")]
    Task<StripeCredentials?> GetStripeAsync();

    /// <summary>The company's HTTP credit bureau account in clear, or null when it has none.</summary>
    [Alias("GetBureau")]
    Task<HttpBureauCredentials?> GetBureauAsync();

    /// <summary>The secret key of a Stripe account payments were pinned to (current or replaced), or null when it is not kept.</summary>
    [Alias("GetStripeKey")]
    Task<string?> GetStripeKeyAsync(string account);

    /// <summary>The webhook signing secrets of the company's current and replaced Stripe accounts.</summary>
    [Alias("GetStripeWebhookSecrets")]
    Task<string[]> GetStripeWebhookSecretsAsync();
}
