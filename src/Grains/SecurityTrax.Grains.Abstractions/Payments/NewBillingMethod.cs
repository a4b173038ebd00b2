namespace SecurityTrax.Payments;

/// <summary>A billing method to add: for cards and bank accounts, the processor's payment-method token (never a number).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.NewBillingMethod")]
public sealed record NewBillingMethod(
    [property: Id(0)] BillingMethodKind Kind,
    [property: Id(1)] string? Token,
    [property: Id(2)] string? Label,
    [property: Id(3)] bool MakeDefault);
