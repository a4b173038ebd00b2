namespace SecurityTrax.Payments;

/// <summary>A billing method to add: for cards and bank accounts, the processor's payment-method token (never a number).</summary>
/// <remarks><see cref="RequestId"/> makes a repeat of the same request answer the method it added (a payment saving its method).</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.NewBillingMethod")]
public sealed record NewBillingMethod(
    [property: Id(0)] BillingMethodKind Kind,
    [property: Id(1)] string? Token,
    [property: Id(2)] string? Label,
    [property: Id(3)] bool MakeDefault,
    [property: Id(4)] string? RequestId = null);
