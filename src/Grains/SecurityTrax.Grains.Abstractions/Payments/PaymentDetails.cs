namespace SecurityTrax.Payments;

/// <summary>A payment as of <see cref="Version"/>, with its applications, refunds and processing log.</summary>
/// <remarks>
/// Amounts of refunds are negative. <see cref="Unapplied"/> is what can still be applied to invoices;
/// <see cref="Refundable"/> what can still be refunded (0 while a card payment is authorised and not yet settled: it is
/// voided then); <see cref="Settlement"/> is set for a succeeded processed sale. <see cref="ClientSecret"/> is the
/// processor's secret the browser confirms an <see cref="NewPayment.InBrowser"/> payment with, while it waits for the customer.
/// </remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PaymentDetails")]
public sealed record PaymentDetails(
    [property: Id(0)] long Id,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] PaymentType Type,
    [property: Id(3)] PaymentMethodKind Method,
    [property: Id(4)] string MethodDisplay,
    [property: Id(5)] string? BillingMethodId,
    [property: Id(6)] decimal Amount,
    [property: Id(7)] PaymentStatus Status,
    [property: Id(8)] string? Reason,
    [property: Id(9)] string? Processor,
    [property: Id(10)] string? TransactionId,
    [property: Id(11)] DateOnly? PostingDate,
    [property: Id(12)] string? Reference,
    [property: Id(13)] string? Note,
    [property: Id(14)] PaymentApplication[] Applications,
    [property: Id(15)] decimal Unapplied,
    [property: Id(16)] PaymentRefund[] Refunds,
    [property: Id(17)] decimal Refunded,
    [property: Id(18)] decimal Refundable,
    [property: Id(19)] long? OriginalPaymentId,
    [property: Id(20)] ProcessingLogEntry[] Log,
    [property: Id(21)] string InitiatedById,
    [property: Id(22)] string InitiatedByName,
    [property: Id(23)] DateTimeOffset InitiatedAt,
    [property: Id(24)] DateTimeOffset UpdatedAt,
    [property: Id(25)] int Version,
    [property: Id(26)] PaymentSettlement? Settlement = null,
    [property: Id(27)] string? ClientSecret = null);
