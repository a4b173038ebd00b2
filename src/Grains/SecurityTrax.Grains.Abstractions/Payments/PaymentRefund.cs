namespace SecurityTrax.Payments;

/// <summary>A refund of a payment: the offsetting payment <see cref="RefundPaymentId"/> and how much it gave back.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PaymentRefund")]
public sealed record PaymentRefund(
    [property: Id(0)] long RefundPaymentId,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] PaymentStatus Status,
    [property: Id(3)] DateTimeOffset At);
