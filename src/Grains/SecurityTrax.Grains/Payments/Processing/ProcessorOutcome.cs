namespace SecurityTrax.Payments.Processing;

/// <summary>
/// Succeeded and declined are final; pending is accepted but not settled (a bank debit); unknown means no answer
/// came (network, timeout, processor error), so the same request must be sent again with the same key. Refused means
/// the processor refused the request itself (a rolled or restricted key, an object of another account): it says
/// nothing about money an earlier request may have moved, so only the caller knows whether it is final.
/// AwaitingCustomer: a charge the customer confirms in the browser has not been confirmed yet.
/// </summary>
public enum ProcessorOutcome
{
    Succeeded,
    Pending,
    Declined,
    Unknown,
    Refused,
    AwaitingCustomer,
}
