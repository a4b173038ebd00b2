namespace SecurityTrax.Payments;

/// <summary>A refund stored before the processor is asked, so a retry asks again with the same key and number.</summary>
public sealed class PendingRefund
{
    public string OperationId { get; set; } = "";

    public long RefundPaymentId { get; set; }

    public decimal Amount { get; set; }

    public string? Reason { get; set; }

    public string IdempotencyKey { get; set; } = "";
}
