namespace SecurityTrax.Payments;

/// <summary>The payment-list read-model row, as the grain projects it.</summary>
public sealed record PaymentRow(
    long PaymentId,
    long CustomerId,
    string Type,
    string Method,
    string MethodDisplay,
    string Status,
    decimal Amount,
    decimal Unapplied,
    decimal Refunded,
    string? TransactionId,
    long? OriginalPaymentId,
    string InitiatedByName,
    DateTimeOffset InitiatedAt,
    DateOnly PaymentDate,
    DateTimeOffset UpdatedAt)
{
    public const string Kind = "payment";
}
