namespace SecurityTrax.Payments;

/// <summary>Part of a payment applied to an invoice under operation id <see cref="Id"/>; <see cref="Number"/> is its public id within the payment.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PaymentApplication")]
public sealed record PaymentApplication(
    [property: Id(0)] string Id,
    [property: Id(1)] long InvoiceId,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] DateTimeOffset AppliedAt,
    [property: Id(4)] int Number);
