namespace SecurityTrax.Payments;

/// <summary>A refund stored before the processor is asked, so a retry asks again with the same key and number.</summary>
public sealed class PendingRefund
{
    public string OperationId { get; set; } = "";

    public long RefundPaymentId { get; set; }

    public decimal Amount { get; set; }

    public string? Reason { get; set; }

    public string IdempotencyKey { get; set; } = "";

    /// <summary>Set for a refund made at the processor outside SecurityTrax (its refund id): it is only recorded, never asked for.</summary>
    public string? ProcessorRefundId { get; set; }

    /// <summary>The processor's id of our refund while it answered "pending": then it is asked about, never requested again.</summary>
    public string? AwaitingRefundId { get; set; }

    /// <summary>How often the refund was requested: a refusal after an unanswered request says nothing about the first.</summary>
    public int Attempts { get; set; }
}
