using SecurityTrax.Identity;

namespace SecurityTrax.Payments;

/// <summary>
/// One money operation, key <c>{tenant}/{PaymentKeys.Operation(operationId)}</c>: it draws the payment number once
/// and stores it before the payment is made, so repeating the operation (a retry, a crash) reaches the same payment
/// and never makes or charges a second one.
/// </summary>
[Alias("SecurityTrax.IPaymentOperationGrain")]
public interface IPaymentOperationGrain : ITenantGrain
{
    /// <summary>Records a manual payment or processes one through a billing method (now or at its posting date).</summary>
    [Alias("Record")]
    Task<PaymentDetails> RecordAsync(NewPayment payment);

    /// <summary>Charges a billing method and applies the money to one invoice; repeating it returns the same outcome.</summary>
    [Alias("ChargeInvoice")]
    Task<ChargeOutcome> ChargeInvoiceAsync(ChargeInvoice charge);

    /// <summary>Refunds <paramref name="amount"/> of payment <paramref name="paymentId"/> once per operation.</summary>
    [Alias("Refund")]
    Task<PaymentDetails> RefundAsync(long paymentId, decimal amount, string? reason);
}
