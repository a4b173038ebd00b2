using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>
/// Whether voiding a payment would be accepted now (<c>voidable</c> in its answer), so a client offers Void only where it
/// applies. Advice only: the payment grain checks again when asked, and a payment in flight can change in between.
/// </summary>
public static class VoidAdvice
{
    public static bool Applies(PaymentDetails p) => p switch
    {
        { Status: PaymentStatus.Voided or PaymentStatus.Failed } => false,
        { Type: PaymentType.Refund } => false,
        { Refunds.Length: > 0 } => false,
        // Authorised, not yet settled: the processor still reverses it whole.
        { Status: PaymentStatus.Succeeded, Settlement: PaymentSettlement.Authorised } => true,
        // Settled at the processor: the money moved, so it is refunded instead.
        { Status: PaymentStatus.Succeeded, Method: PaymentMethodKind.Card or PaymentMethodKind.BankAccount } => false,
        // The processor's answer to the charge is still awaited; there is nothing to cancel yet.
        { Status: PaymentStatus.Processing, TransactionId: null } => false,
        _ => true,
    };
}
