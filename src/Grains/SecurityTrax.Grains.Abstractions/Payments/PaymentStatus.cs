namespace SecurityTrax.Payments;

/// <summary>
/// Scheduled waits for its posting date; processing has been sent (or is about to be) and waits for the processor
/// (a bank debit stays here until it settles); succeeded and failed are final.
/// </summary>
public enum PaymentStatus
{
    Scheduled,
    Processing,
    Succeeded,
    Failed,
}
