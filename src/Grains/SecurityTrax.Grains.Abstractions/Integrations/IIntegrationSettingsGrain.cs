using SecurityTrax.Identity;

namespace SecurityTrax.Integrations;

/// <summary>
/// A company's own provider accounts (SMTP, Twilio, Stripe, the HTTP credit bureau), entered by its admin; key <c>{tenant}/integrations</c>.
/// </summary>
/// <remarks>
/// Secrets are encrypted at rest and this interface never returns them: reads show whether a secret is set (and the
/// last four characters of the Stripe secret key). A provider without settings falls back to the platform's. In a
/// replacing write a secret left out keeps the stored one. Every change goes to the security log, without values.
/// </remarks>
[Alias("SecurityTrax.IIntegrationSettingsGrain")]
public interface IIntegrationSettingsGrain : ITenantGrain
{
    public const string Id = "integrations";

    [Alias("Get")]
    Task<IntegrationSettingsDetails> GetAsync();

    [Alias("SetSmtp")]
    Task<IntegrationSettingsDetails> SetSmtpAsync(SmtpSettingsInput input, int expectedVersion);

    [Alias("SetTwilio")]
    Task<IntegrationSettingsDetails> SetTwilioAsync(TwilioSettingsInput input, int expectedVersion);

    [Alias("SetStripe")]
    Task<IntegrationSettingsDetails> SetStripeAsync(StripeSettingsInput input, int expectedVersion);

    /// <summary>Sets the company's account at the HTTP credit bureau (credit reports).</summary>
    [Alias("SetBureau")]
    Task<IntegrationSettingsDetails> SetBureauAsync(BureauSettingsInput input, int expectedVersion);

    /// <summary>Forgets the company's settings of one provider, so the platform's apply again.</summary>
    [Alias("Remove")]
    Task<IntegrationSettingsDetails> RemoveAsync(IntegrationProvider provider, int expectedVersion);
}
