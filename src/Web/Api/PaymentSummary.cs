namespace SecurityTrax.Web.Api;

/// <summary>A row of <c>GET /api/v1/payments?customerId=</c>.</summary>
public sealed record PaymentSummary(
    long Id, long CustomerId, string Type, string Method, string MethodDisplay, string Status, decimal Amount, decimal Unapplied,
    decimal Refunded, long? OriginalPaymentId, string InitiatedByName, string PaymentDate);
