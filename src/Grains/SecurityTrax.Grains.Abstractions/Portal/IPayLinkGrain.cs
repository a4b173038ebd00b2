using SecurityTrax.Identity;
using SecurityTrax.Payments;

namespace SecurityTrax.Portal;

/// <summary>
/// One pay link as the portal reaches it, key <c>{tenant}/{PayLinkKeys.IdOf(token)}</c>: holding the token is the
/// only authorisation. Unknown, expired and revoked links open nothing.
/// </summary>
[Alias("SecurityTrax.IPayLinkGrain")]
public interface IPayLinkGrain : ITenantGrain
{
    [Alias("Open")]
    Task<PayLinkScope> OpenAsync();

    /// <summary>Which payment form the portal shows: Stripe's Payment Element (with its publishable key) or the sandbox's test form.</summary>
    [Alias("Checkout")]
    Task<PortalCheckout> CheckoutAsync();

    /// <summary>
    /// Pays open invoices of the link's customer (only the link's invoice for an invoice link) as an ordinary payment;
    /// <paramref name="operationKey"/> (the caller's Idempotency-Key) makes a retry reach the same payment.
    /// </summary>
    [Alias("Pay")]
    Task<PaymentDetails> PayAsync(string operationKey, PortalPayment payment);
}
