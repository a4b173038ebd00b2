namespace SecurityTrax.Payments.Processing;

/// <summary>A card and bank processor (DESIGN §6): Stripe, or the sandbox when none is configured.</summary>
/// <remarks>
/// Every call that creates something carries an idempotency key that the caller stored first. Refusals of input
/// (a bad token) throw <see cref="Errors.SecurityTraxException"/>; money outcomes are answers, never exceptions.
/// </remarks>
public interface IPaymentProcessor
{
    string Name { get; }

    Task<string> CreateCustomerAsync(string name, string? email, string idempotencyKey, CancellationToken cancellationToken);

    Task<BillingSetup> BeginSetupAsync(string processorCustomerId, BillingMethodKind kind, string idempotencyKey, CancellationToken cancellationToken);

    Task<AttachedMethod> AttachAsync(string processorCustomerId, string token, CancellationToken cancellationToken);

    Task<ProcessorAnswer> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// A charge the customer confirms in the browser (card with 3-D Secure, or bank account): answers
    /// <see cref="ProcessorOutcome.AwaitingCustomer"/> with its transaction id and client secret. The request's token is not used;
    /// <paramref name="saveMethod"/> asks the processor to keep the method for later charges.
    /// </summary>
    Task<ProcessorAnswer> StartBrowserChargeAsync(ChargeRequest request, bool saveMethod, CancellationToken cancellationToken);

    /// <summary>
    /// The state of a browser-confirmed charge, with the method once known: succeeded, pending (a bank debit),
    /// declined (an attempt failed, or it was cancelled), awaiting the customer, or no answer.
    /// </summary>
    Task<ProcessorAnswer> CheckBrowserChargeAsync(string transactionId, CancellationToken cancellationToken);

    /// <summary>
    /// The current state of an earlier charge (a pending bank debit): succeeded or declined only when the processor
    /// says so of that charge; anything else (no answer, a refused request) is never final.
    /// </summary>
    Task<ProcessorAnswer> CheckAsync(string transactionId, CancellationToken cancellationToken);

    /// <summary>The current state of a refund the processor answered as pending.</summary>
    Task<ProcessorAnswer> CheckRefundAsync(string refundId, CancellationToken cancellationToken);

    Task<ProcessorAnswer> RefundAsync(string transactionId, decimal amount, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels a charge that has not settled: succeeded means cancelled, declined means it can no longer be
    /// cancelled (it settled; refund it instead), unknown means ask again with the same key.
    /// </summary>
    Task<ProcessorAnswer> VoidAsync(string transactionId, string idempotencyKey, CancellationToken cancellationToken);
}
