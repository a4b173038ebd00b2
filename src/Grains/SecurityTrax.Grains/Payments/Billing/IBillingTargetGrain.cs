using SecurityTrax.Identity;
using SecurityTrax.Security;

namespace SecurityTrax.Payments.Billing;

/// <summary>A customer's billing method with its processor token, for payments; silo only. Key as <see cref="IBillingMethodsGrain"/>.</summary>
[Alias("SecurityTrax.IBillingTargetGrain")]
public interface IBillingTargetGrain : ITenantGrain, ISiloOnlyGrain
{
    /// <summary>The method to charge (the default when <paramref name="methodId"/> is null), with its token.</summary>
    [Alias("GetChargeTarget")]
    Task<ChargeTarget> GetChargeTargetAsync(string? methodId);

    /// <summary>
    /// A payment-method token from the processor's browser flow attached to the customer's processor customer for one
    /// payment; it is not saved as a billing method.
    /// </summary>
    [Alias("AttachOneTime")]
    Task<ChargeTarget> AttachOneTimeAsync(string token);

    /// <summary>The customer's processor customer for a charge the customer confirms in the browser (no method yet).</summary>
    [Alias("BrowserTarget")]
    Task<ChargeTarget> BrowserTargetAsync();
}
