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
    [Alias("Get")]
    Task<PaymentDetails> GetAsync();

    /// <summary>Applies part of the unapplied amount to an invoice, once per <paramref name="applicationId"/>.</summary>
    [Alias("Apply")]
    Task<PaymentDetails> ApplyAsync(string applicationId, long invoiceId, decimal amount, int? expectedVersion = null);

    /// <summary>Takes an application back: the invoice is due again and the amount unapplied.</summary>
    [Alias("RemoveApplication")]
    Task<PaymentDetails> RemoveApplicationAsync(string applicationId, int? expectedVersion = null);

    /// <summary>Takes back the application with this number (<see cref="PaymentApplication.Number"/>), as <see cref="RemoveApplicationAsync"/>.</summary>
    [Alias("RemoveApplicationNumber")]
    Task<PaymentDetails> RemoveApplicationNumberAsync(int applicationNumber, int? expectedVersion = null);

    /// <summary>
    /// Voids the payment as of <paramref name="expectedVersion"/>: a recorded (cash, check, other) one, or a processed one
    /// the processor can still cancel; its applications are taken back. A voided payment is answered as it is.
    /// </summary>
    [Alias("Void")]
    Task<PaymentDetails> VoidAsync(int expectedVersion, string? reason);

    /// <summary>
    /// Processes a saved payment (<see cref="PaymentStatus.Saved"/>) as of <paramref name="expectedVersion"/>: charged now, or
    /// scheduled when its posting date is still ahead. A repeat of <paramref name="operationId"/> answers the payment as it is.
    /// </summary>
    [Alias("Process")]
    Task<PaymentDetails> ProcessAsync(string operationId, int expectedVersion);

    /// <summary>Changes the reference, note or desired posting date of a payment not yet processed (saved or scheduled).</summary>
    [Alias("Edit")]
    Task<PaymentDetails> EditAsync(PaymentChanges changes);

    /// <summary>Finishes whatever step is pending (a charge without an answer, a scheduled posting date that came).</summary>
    [Alias("Resume")]
    Task<PaymentDetails> ResumeAsync();
}
