using SecurityTrax.Identity;

namespace SecurityTrax.Payments;

/// <summary>
/// A tenant's Stripe webhook endpoint in the silo, key <c>{tenant}/stripe-webhooks</c>: verifies the signature with
/// the tenant's webhook secret, ignores event ids it has seen, and hands later outcomes to their payments.
/// </summary>
[Alias("SecurityTrax.IStripeWebhookGrain")]
public interface IStripeWebhookGrain : ITenantGrain
{
    public const string Id = "stripe-webhooks";

    [Alias("Accept")]
    Task<StripeWebhookOutcome> AcceptAsync(string payload, string? signature);
}
