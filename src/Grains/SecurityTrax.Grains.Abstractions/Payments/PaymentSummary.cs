namespace SecurityTrax.Payments;

/// <summary>A row of the payment list: when and by whom initiated, type, transaction id, refunded amount.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PaymentSummary")]
public sealed record PaymentSummary(
    [property: Id(0)] long Id,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] PaymentType Type,
    [property: Id(3)] PaymentMethodKind Method,
    [property: Id(4)] string MethodDisplay,
    [property: Id(5)] PaymentStatus Status,
    [property: Id(6)] decimal Amount,
    [property: Id(7)] decimal Unapplied,
    [property: Id(8)] decimal Refunded,
    [property: Id(9)] string? TransactionId,
    [property: Id(10)] long? OriginalPaymentId,
    [property: Id(11)] string InitiatedByName,
    [property: Id(12)] DateTimeOffset InitiatedAt,
    [property: Id(13)] DateOnly PaymentDate);
