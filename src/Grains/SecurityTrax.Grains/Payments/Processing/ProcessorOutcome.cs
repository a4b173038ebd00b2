namespace SecurityTrax.Payments.Processing;

/// <summary>
/// Succeeded and declined are final; pending is accepted but not settled (a bank debit); unknown means no answer
/// came (network, timeout, processor error), so the same request must be sent again with the same key.
/// </summary>
public enum ProcessorOutcome
{
    Succeeded,
    Pending,
    Declined,
    Unknown,
}
