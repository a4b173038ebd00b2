namespace SecurityTrax.Payments;

/// <summary>Filters over the company's payments, newest payment date first. Dates: from inclusive, to exclusive.</summary>
/// <remarks><see cref="UnappliedOnly"/> keeps the payments with money left to apply to invoices.</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PaymentListQuery")]
public sealed record PaymentListQuery(
    [property: Id(0)] PaymentStatus? Status,
    [property: Id(1)] PaymentMethodKind? Method,
    [property: Id(2)] DateOnly? From,
    [property: Id(3)] DateOnly? To,
    [property: Id(4)] long? CustomerId,
    [property: Id(5)] string? Cursor,
    [property: Id(6)] int Limit,
    [property: Id(7)] bool UnappliedOnly = false);
