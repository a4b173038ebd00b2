namespace SecurityTrax.Web.Api;

/// <summary>
/// <c>GET /api/v1/payments/{id}</c>: the payment with its applications, refunds and the processor's log;
/// <see cref="Voidable"/> is the API's word on whether a void would be accepted now; a <c>saved</c> payment waits to be processed.
/// </summary>
public sealed record Payment(
    long Id, long CustomerId, string Type, string Method, string MethodDisplay, decimal Amount, string Status, string? Reason,
    string? TransactionId, string? PostingDate, PaymentApplication[] Applications, decimal Unapplied, PaymentRefund[] Refunds,
    decimal Refunded, decimal Refundable, long? OriginalPaymentId, ProcessingLogEntry[] Log, string InitiatedByName, DateTimeOffset InitiatedAt,
    bool Voidable = false, string? Reference = null, string? Note = null, string? Settlement = null)
{
    /// <summary>The processor has not said its last word yet (a card charge in flight, a bank debit, a posting date).</summary>
    public bool IsPending => Status is "scheduled" or "processing";

    /// <summary>Not yet processed: its reference, note and posting date can still be changed.</summary>
    public bool IsUnprocessed => Status is "saved" or "scheduled";
}
