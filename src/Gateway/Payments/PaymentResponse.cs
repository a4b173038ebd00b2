using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>A payment with its applications, refunds and the processing log of what the processor answered.</summary>
public sealed record PaymentResponse(
    long Id, long CustomerId, PaymentType Type, PaymentMethodKind Method, string MethodDisplay, string? BillingMethodId, decimal Amount,
    PaymentStatus Status, string? Reason, string? Processor, string? TransactionId, DateOnly? PostingDate, string? Reference, string? Note,
    PaymentApplication[] Applications, decimal Unapplied, PaymentRefund[] Refunds, decimal Refunded, decimal Refundable, bool IsRefunded,
    long? OriginalPaymentId, ProcessingLogEntry[] Log, string InitiatedById, string InitiatedByName, DateTimeOffset InitiatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PaymentResponse From(PaymentDetails p) => new(
        p.Id, p.CustomerId, p.Type, p.Method, p.MethodDisplay, p.BillingMethodId, p.Amount, p.Status, p.Reason, p.Processor, p.TransactionId,
        p.PostingDate, p.Reference, p.Note, p.Applications, p.Unapplied, p.Refunds, p.Refunded, p.Refundable,
        p.Type == PaymentType.Sale && p.Refunded == p.Amount, p.OriginalPaymentId, p.Log, p.InitiatedById, p.InitiatedByName, p.InitiatedAt,
        p.UpdatedAt);
}
