namespace SecurityTrax.Payments.Processing;

/// <summary><c>Payments:Stripe</c>: the account's secret key and webhook signing secret.</summary>
public sealed class StripeOptions
{
    public string? SecretKey { get; set; }

    public string? WebhookSecret { get; set; }

    /// <summary>Another API address (a local fake in tests); Stripe's own when empty.</summary>
    public string? ApiBase { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
