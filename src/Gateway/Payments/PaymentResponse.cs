using SecurityTrax.Payments;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Payments;

/// <summary>
/// A payment with its applications, refunds and the processing log of what the processor answered; <c>voidable</c>
/// says whether <c>POST …/void</c> would be accepted now, <c>refundable</c> what a refund may take now (0 while a card
/// payment is <c>authorised</c>: it is voided then), <c>settlement</c> where a succeeded card or bank sale stands
/// (<c>authorised</c> until the processor's cut-off, then <c>settled</c>; null for anything else — text, because generated
/// clients read a nullable enum as an object).
/// </summary>
public sealed record PaymentResponse(
    long Id, long CustomerId, PaymentType Type, PaymentMethodKind Method, string MethodDisplay, long? BillingMethodId, decimal Amount,
    PaymentStatus Status, string? Reason, string? Processor, string? TransactionId, DateOnly? PostingDate, string? Reference, string? Note,
    PaymentApplicationResponse[] Applications, decimal Unapplied, PaymentRefund[] Refunds, decimal Refunded, decimal Refundable, bool IsRefunded,
    long? OriginalPaymentId, ProcessingLogEntry[] Log, long? InitiatedById, string InitiatedByName, DateTimeOffset InitiatedAt,
    DateTimeOffset UpdatedAt, bool Voidable, string? Settlement)
{
    public static PaymentResponse From(PaymentDetails p) => new(
        p.Id, p.CustomerId, p.Type, p.Method, p.MethodDisplay, BillingMethodIds.Number(p.BillingMethodId), p.Amount, p.Status, p.Reason, p.Processor, p.TransactionId,
        p.PostingDate, p.Reference, p.Note, [.. p.Applications.Select(PaymentApplicationResponse.From)], p.Unapplied, p.Refunds, p.Refunded, p.Refundable,
        p.Type == PaymentType.Sale && p.Refunded == p.Amount, p.OriginalPaymentId, p.Log, UserIds.Number(p.InitiatedById), p.InitiatedByName, p.InitiatedAt,
        p.UpdatedAt, VoidAdvice.Applies(p), p.Settlement?.ToString().ToLowerInvariant());
}
