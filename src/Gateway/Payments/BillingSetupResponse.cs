using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>The setup intent's client secret for Stripe.js (or the sandbox), and the ACH mandate text for bank accounts.</summary>
public sealed record BillingSetupResponse(string Processor, string SetupId, string ClientSecret, string? MandateText)
{
    public static BillingSetupResponse From(BillingSetup s) => new(s.Processor, s.SetupId, s.ClientSecret, s.MandateText);
}
