namespace SecurityTrax.Payments;

/// <summary>
/// Scheduled waits for its posting date; processing has been sent (or is about to be) and waits for the processor
/// (a bank debit stays here until it settles); succeeded and failed are final. Voided is a recorded payment taken
/// back, or an unsettled one cancelled at the processor: it is kept, applies nothing and moved no money.
/// </summary>
public enum PaymentStatus
{
    Scheduled,
    Processing,
    Succeeded,
    Failed,
    Voided,
}
