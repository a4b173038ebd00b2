namespace SecurityTrax.Payments.Processing;

/// <summary>The platform-wide <c>Payments</c> section; without a Stripe secret key the sandbox processor runs.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    public StripeOptions Stripe { get; set; } = new();

    /// <summary>How long a sandbox bank debit stays pending before it settles.</summary>
    public TimeSpan SandboxSettlementDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The processor's daily settlement cut-off in the company's time zone (e.g. 02:00): a card payment stays authorised
    /// until the first cut-off after it succeeded and is voided then, refunded after. Null: cards count as settled when
    /// they succeed (refund only).
    /// </summary>
    public TimeOnly? CardSettlementCutoff { get; set; }

    public IEnumerable<string> Problems()
    {
        if (!string.IsNullOrWhiteSpace(Stripe.SecretKey) && !Stripe.SecretKey.StartsWith("sk_", StringComparison.Ordinal)
            && !Stripe.SecretKey.StartsWith("rk_", StringComparison.Ordinal))
        {
            yield return "Payments:Stripe:SecretKey must be a Stripe secret (sk_…) or restricted (rk_…) key.";
        }
    }
}
