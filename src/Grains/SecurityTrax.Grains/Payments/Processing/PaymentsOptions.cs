namespace SecurityTrax.Payments.Processing;

/// <summary>The platform-wide <c>Payments</c> section; without a Stripe secret key the sandbox processor runs.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    public StripeOptions Stripe { get; set; } = new();

    /// <summary>How long a sandbox bank debit stays pending before it settles.</summary>
    public TimeSpan SandboxSettlementDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The public address subscribers open pay links at (the gateway's, e.g. https://pay.example.com); without it the
    /// merge fields <c>invoice.pay_url</c> and <c>customer.portal_url</c> stay empty and no link is made for a message.
    /// </summary>
    public string? PortalBaseUrl { get; set; }

    /// <summary>
    /// The processor's daily settlement cut-off in the company's time zone (e.g. 02:00): a card payment stays authorised
    /// until the first cut-off after it succeeded and is voided then, refunded after. Null: cards count as settled when
    /// they succeed (refund only).
    /// </summary>
    public TimeOnly? CardSettlementCutoff { get; set; }

    /// <summary>
    /// How long a payment the customer confirms in the browser (the portal on Stripe) waits for them: after it the
    /// payment intent is cancelled, the payment fails as abandoned and its invoices are released.
    /// </summary>
    public TimeSpan BrowserPaymentTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a one-time portal sign-in code works.</summary>
    public TimeSpan PortalCodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<string> Problems()
    {
        if (!string.IsNullOrWhiteSpace(Stripe.SecretKey) && !Stripe.SecretKey.StartsWith("sk_", StringComparison.Ordinal)
            && !Stripe.SecretKey.StartsWith("rk_", StringComparison.Ordinal))
        {
            yield return "Payments:Stripe:SecretKey must be a Stripe secret (sk_…) or restricted (rk_…) key.";
        }

        if (!string.IsNullOrWhiteSpace(PortalBaseUrl)
            && !(Uri.TryCreate(PortalBaseUrl, UriKind.Absolute, out var portal) && portal.Scheme is "https" or "http"))
        {
            yield return "Payments:PortalBaseUrl must be an absolute http(s) address.";
        }
    }
}
