using Orleans.Concurrency;
using SecurityTrax.Identity;
using SecurityTrax.Security;

namespace SecurityTrax.Payments;

/// <summary>
/// The steps other grains take on a payment (key as <see cref="IPaymentGrain"/>): creating it for an operation,
/// refunding, posting a refund, a processor's later outcome. Silo only, so no client can post a refund or an outcome.
/// </summary>
[Alias("SecurityTrax.IPaymentStepsGrain")]
public interface IPaymentStepsGrain : ITenantGrain, ISiloOnlyGrain
{
    /// <summary>Creates the payment for <paramref name="operationId"/> and processes it; a repeat finishes what waits and returns it.</summary>
    [Alias("Create")]
    Task<PaymentDetails> CreateAsync(string operationId, NewPayment payment);

    /// <summary>Refunds part or all of this payment once per <paramref name="operationId"/>; answers the refund payment.</summary>
    [Alias("Refund")]
    Task<PaymentDetails> RefundAsync(string operationId, decimal amount, string? reason);

    /// <summary>Creates (or settles) this payment as a refund; a repeat changes nothing, a processing refund takes its final status once.</summary>
    [Alias("PostRefund")]
    Task<PaymentDetails> PostRefundAsync(RefundPosting refund);

    /// <summary>A later outcome from the processor (webhook): a bank debit settled or failed, a dispute opened.</summary>
    [Alias("ProcessorEvent")]
    Task ProcessorEventAsync(string eventId, string kind, string? reason);

    /// <summary>
    /// A webhook's news about this payment, taken once: false (nothing changed) when the payment does not exist or
    /// the event's transaction or charge key is not this payment's.
    /// </summary>
    [Alias("TakeProcessorEvent")]
    Task<bool> TakeProcessorEventAsync(ProcessorEvent processorEvent);

    /// <summary>
    /// Whether this payment still means to use hold <paramref name="holdId"/> on an invoice: false once it failed, was
    /// voided or applied the amount, and when the payment was never stored (it died between holding and saving).
    /// Read-only, so it may run while the payment itself waits on that invoice.
    /// </summary>
    [Alias("NeedsHold"), AlwaysInterleave]
    Task<bool> NeedsHoldAsync(string holdId);

    /// <summary>A succeeded refund made at the processor outside SecurityTrax: recorded as a refund payment once per <paramref name="refundId"/>.</summary>
    [Alias("RecordOutsideRefund")]
    Task RecordOutsideRefundAsync(string refundId, decimal amount);

    /// <summary>Invoice <paramref name="invoiceId"/> was voided and took application <paramref name="applicationId"/> off: its amount is unapplied again.</summary>
    [Alias("ApplicationReturned")]
    Task ApplicationReturnedAsync(string applicationId, long invoiceId);
}
