namespace SecurityTrax.Payments;

/// <summary>
/// Rejected: the signature did not verify (or no secret is configured); nothing was read. NotYet: the event is about
/// a payment of this company that cannot be found (yet) or could not be read; it is not remembered, so Stripe's retry
/// is handled.
/// </summary>
public enum StripeWebhookOutcome
{
    Accepted,
    Duplicate,
    Rejected,
    NotYet,
}
