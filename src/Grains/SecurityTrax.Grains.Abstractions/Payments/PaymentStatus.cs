namespace SecurityTrax.Payments;

/// <summary>
/// Scheduled waits for its posting date; processing has been sent (or is about to be) and waits for the processor
/// (a bank debit stays here until it settles); succeeded and failed are final. Voided is a recorded payment taken
/// back, or an unsettled one cancelled at the processor: it is kept, applies nothing and moved no money. Saved is a
/// processed payment kept without processing it (the guide's "Process Transaction" unchecked): it waits for a person
/// with the processing grant, not for a date.
/// </summary>
public enum PaymentStatus
{
    Scheduled,
    Processing,
    Succeeded,
    Failed,
    Voided,
    Saved,
}
