using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Payments;

/// <summary>What a stored refund asks the processor: the refund itself (same key each time), or — once it answered pending — how it ended.</summary>
public static class RefundRequests
{
    /// <summary>Null when the payment's processor account is gone: nothing is asked.</summary>
    public static async Task<ProcessorAnswer?> AskAsync(IPaymentProcessor? processor, string transactionId, PendingRefund pending)
    {
        if (processor is null)
        {
            return null;
        }

        if (pending.AwaitingRefundId is { } awaiting)
        {
            return await processor.CheckRefundAsync(awaiting, CancellationToken.None);
        }

        pending.Attempts++;
        return await processor.RefundAsync(transactionId, pending.Amount, pending.IdempotencyKey, CancellationToken.None);
    }
}
