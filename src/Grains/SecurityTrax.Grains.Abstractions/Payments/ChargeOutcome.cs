namespace SecurityTrax.Payments;

/// <summary>
/// The outcome of <see cref="IPaymentOperationGrain.ChargeInvoiceAsync"/>: <see cref="Paid"/> when the money is in
/// and applied; otherwise <see cref="Status"/> says whether it failed (with <see cref="Reason"/>) or is still
/// processing (a bank debit settles days later; the payment applies itself when it does).
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ChargeOutcome")]
public sealed record ChargeOutcome(
    [property: Id(0)] bool Paid,
    [property: Id(1)] long PaymentId,
    [property: Id(2)] PaymentStatus Status,
    [property: Id(3)] string? Reason);
