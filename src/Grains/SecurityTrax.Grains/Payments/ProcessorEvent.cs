namespace SecurityTrax.Payments;

/// <summary>
/// Inside the silo only: what a processor's webhook says about one payment. <see cref="TransactionId"/> (the
/// payment intent) and <see cref="ChargeKey"/> (our charge key, from its metadata) let the payment check it is the
/// one meant; <see cref="ObjectId"/> is the dispute or refund the event is about.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ProcessorEvent")]
public sealed record ProcessorEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? TransactionId,
    [property: Id(3)] string? ChargeKey,
    [property: Id(4)] string? ObjectId,
    [property: Id(5)] string? RefundKey,
    [property: Id(6)] decimal Amount,
    [property: Id(7)] string? Reason)
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Disputed = "disputed";
    public const string DisputeWon = "dispute_won";
    public const string DisputeLost = "dispute_lost";
    public const string RefundSucceeded = "refund_succeeded";
    public const string RefundFailed = "refund_failed";
    public const string RefundedAtProcessor = "refunded_at_processor";

    /// <summary>A succeeded refund made at the processor outside SecurityTrax (<see cref="ObjectId"/>, <see cref="Amount"/>).</summary>
    public const string OutsideRefund = "outside_refund";
}
