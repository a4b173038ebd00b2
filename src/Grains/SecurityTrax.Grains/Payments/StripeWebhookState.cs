namespace SecurityTrax.Payments;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class StripeWebhookState
{
    /// <summary>The newest event ids seen, oldest first, at most <see cref="StripeWebhookGrain.Remembered"/>.</summary>
    public List<string> Seen { get; set; } = [];
}
