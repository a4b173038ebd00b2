namespace SecurityTrax.Web.Api;

/// <summary>The processor's setup intent: which processor collects the card or bank account, its client secret, and the ACH mandate.</summary>
public sealed record BillingSetup(string Processor, string SetupId, string ClientSecret, string? MandateText)
{
    public bool IsSandbox => Processor == "sandbox";
}
