namespace SecurityTrax.Payments;

[GenerateSerializer, Immutable, Alias("SecurityTrax.PaymentPage")]
public sealed record PaymentPage(
    [property: Id(0)] PaymentSummary[] Items,
    [property: Id(1)] string? NextCursor);
