namespace SecurityTrax.Payments;

/// <summary>Inside the silo only: what a payment needs to charge a billing method.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ChargeTarget")]
public sealed record ChargeTarget(
    [property: Id(0)] BillingMethod Method,
    [property: Id(1)] string? ProcessorCustomerId,
    [property: Id(2)] string? Token);
