namespace SecurityTrax.Web.Api;

/// <summary>
/// The processor's setup intent: which processor collects the card or bank account, its client secret, the ACH mandate,
/// and the publishable key Stripe.js starts with.
/// </summary>
public sealed record BillingSetup(string Processor, string SetupId, string ClientSecret, string? MandateText, string? PublishableKey = null)
{
    public bool IsSandbox => Processor == "sandbox";
}
