namespace SecurityTrax.Payments;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class PaymentOperationState
{
    public long? PaymentId { get; set; }
}
