namespace SecurityTrax.Payments;

/// <summary>Rejected: the signature did not verify (or no secret is configured); nothing was read.</summary>
public enum StripeWebhookOutcome
{
    Accepted,
    Duplicate,
    Rejected,
}
