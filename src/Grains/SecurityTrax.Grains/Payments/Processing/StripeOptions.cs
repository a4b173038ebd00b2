namespace SecurityTrax.Payments.Processing;

/// <summary><c>Payments:Stripe</c>: the account's secret key, its publishable key (for Stripe.js) and webhook signing secret.</summary>
public sealed class StripeOptions
{
    public string? SecretKey { get; set; }

    public string? WebhookSecret { get; set; }

    /// <summary>Given to the console with each setup intent, so Stripe.js can collect a card or bank account.</summary>
    public string? PublishableKey { get; set; }

    /// <summary>Another API address (a local fake in tests); Stripe's own when empty.</summary>
    public string? ApiBase { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
