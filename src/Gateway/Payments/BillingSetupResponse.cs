using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>
/// The setup intent's client secret for Stripe.js (or the sandbox), the ACH mandate text for bank accounts, and the
/// publishable key Stripe.js is started with (null on the sandbox).
/// </summary>
public sealed record BillingSetupResponse(string Processor, string SetupId, string ClientSecret, string? MandateText, string? PublishableKey)
{
    public static BillingSetupResponse From(BillingSetup s) => new(s.Processor, s.SetupId, s.ClientSecret, s.MandateText, s.PublishableKey);
}
