namespace SecurityTrax.Web.Api;

/// <summary>A refund of a payment: a payment of its own (<see cref="RefundPaymentId"/>).</summary>
public sealed record PaymentRefund(long RefundPaymentId, decimal Amount, string Status, DateTimeOffset At);
