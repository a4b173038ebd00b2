namespace SecurityTrax.Payments;

/// <summary>
/// Where a succeeded processed sale stands with the processor: authorised until the processor's settlement cut-off
/// (voided then, not refunded), settled after it (refunded, not voided). A bank debit succeeds only when it settles.
/// </summary>
public enum PaymentSettlement
{
    Authorised,
    Settled,
}
