namespace SecurityTrax.Integrations;

/// <summary>The providers a company can bring its own account for.</summary>
public enum IntegrationProvider
{
    Smtp = 0,
    Twilio = 1,
    Stripe = 2,

    /// <summary>The HTTP credit bureau (credit reports).</summary>
    Bureau = 3,
}
