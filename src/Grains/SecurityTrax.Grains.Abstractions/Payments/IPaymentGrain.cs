using SecurityTrax.Identity;

namespace SecurityTrax.Payments;

/// <summary>One payment, key <c>{tenant}/{number}</c>. Made through <see cref="IPaymentOperationGrain"/>.</summary>
/// <remarks>
/// The payment records what it is about to do (charge, refund, apply) before it asks the processor or an invoice,
/// and every such step is keyed by an id stored with it, so a retry or a reminder after a crash finishes it once.
/// </remarks>
[Alias("SecurityTrax.IPaymentGrain")]
public interface IPaymentGrain : ITenantGrain
{
    /// <summary>Creates the payment for <paramref name="operationId"/> and processes it; a repeat returns it as it is.</summary>
    [Alias("Create")]
    Task<PaymentDetails> CreateAsync(string operationId, NewPayment payment);

    /// <summary>Creates (or settles) this payment as a refund; a repeat changes nothing, a processing refund takes its final status once.</summary>
    [Alias("PostRefund")]
    Task<PaymentDetails> PostRefundAsync(RefundPosting refund);

    [Alias("Get")]
    Task<PaymentDetails> GetAsync();

    /// <summary>Applies part of the unapplied amount to an invoice, once per <paramref name="applicationId"/>.</summary>
    [Alias("Apply")]
    Task<PaymentDetails> ApplyAsync(string applicationId, long invoiceId, decimal amount);

    /// <summary>Takes an application back: the invoice is due again and the amount unapplied.</summary>
    [Alias("RemoveApplication")]
    Task<PaymentDetails> RemoveApplicationAsync(string applicationId);

    /// <summary>Refunds part or all of this payment once per <paramref name="operationId"/>.</summary>
    [Alias("Refund")]
    Task<PaymentDetails> RefundAsync(string operationId, decimal amount, string? reason);

    /// <summary>A later outcome from the processor (webhook): a bank debit settled or failed, a dispute opened.</summary>
    [Alias("ProcessorEvent")]
    Task ProcessorEventAsync(string eventId, string kind, string? reason);

    /// <summary>Finishes whatever step is pending (a charge without an answer, a scheduled posting date that came).</summary>
    [Alias("Resume")]
    Task<PaymentDetails> ResumeAsync();
}
