namespace SecurityTrax.Payments;

/// <summary>Inside the silo only: what the refunded payment tells its refund payment (so the refund never calls back).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RefundPosting")]
public sealed record RefundPosting(
    [property: Id(0)] long OriginalId,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] PaymentMethodKind Method,
    [property: Id(3)] string MethodDisplay,
    [property: Id(4)] string? Processor,
    [property: Id(5)] decimal Amount,
    [property: Id(6)] PaymentStatus Status,
    [property: Id(7)] string? TransactionId,
    [property: Id(8)] string Detail);
