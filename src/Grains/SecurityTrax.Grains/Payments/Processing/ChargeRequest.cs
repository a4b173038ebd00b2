namespace SecurityTrax.Payments.Processing;

/// <summary>
/// One charge (or credit) of a saved method. <see cref="IdempotencyKey"/> is stored with the payment before the
/// call, so a repeat after a crash or a timeout asks for the same charge and the processor answers the first result.
/// </summary>
public sealed record ChargeRequest(
    string ProcessorCustomerId,
    string Token,
    decimal Amount,
    PaymentType Type,
    string IdempotencyKey,
    IReadOnlyDictionary<string, string> Metadata);
