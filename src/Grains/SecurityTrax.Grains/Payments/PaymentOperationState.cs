namespace SecurityTrax.Payments;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class PaymentOperationState
{
    public long? PaymentId { get; set; }

    /// <summary>For a credit to a card: the earlier charge it refunds, chosen once and stored before the refund is asked for.</summary>
    public long? CreditOfPaymentId { get; set; }
}
