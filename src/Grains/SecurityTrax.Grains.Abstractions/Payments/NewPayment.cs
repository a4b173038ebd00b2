namespace SecurityTrax.Payments;

/// <summary>A payment to record or process.</summary>
/// <remarks>
/// Either <see cref="BillingMethodId"/> (processed; null with <see cref="ManualKind"/> also null means the default
/// method) or <see cref="ManualKind"/> (cash, check, other: recorded as received). <see cref="PostingDate"/> in the
/// future processes it on that day. <see cref="EmailReceipt"/> null follows the company setting;
/// <see cref="ReceiptTo"/> overrides the address on record for this receipt only. <see cref="Applications"/> are
/// applied once the money is in. <see cref="OneTimeToken"/> (the customer portal) charges a payment-method token from
/// the processor's browser flow once, without saving it as a billing method. <see cref="SaveOnly"/> keeps a payment
/// without processing it, until someone processes it (<see cref="IPaymentGrain.ProcessAsync"/>). <see cref="InBrowser"/>
/// (the customer portal on Stripe) makes a payment intent that the customer confirms in the browser, card or bank
/// account, 3-D Secure included; the payment learns the outcome from the processor. <see cref="SaveMethod"/> (the
/// customer's consent) saves the method as a billing method once it is charged, <see cref="MakeDefault"/> also as the default.
/// </remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.NewPayment")]
public sealed record NewPayment(
    [property: Id(0)] long CustomerId,
    [property: Id(1)] PaymentType Type,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] string? BillingMethodId,
    [property: Id(4)] PaymentMethodKind? ManualKind,
    [property: Id(5)] DateOnly? PostingDate,
    [property: Id(6)] string? Reference,
    [property: Id(7)] string? Note,
    [property: Id(8)] bool? EmailReceipt,
    [property: Id(9)] string? ReceiptTo,
    [property: Id(10)] ApplicationRequest[] Applications,
    [property: Id(11)] string? OneTimeToken = null,
    [property: Id(12)] bool SaveOnly = false,
    [property: Id(13)] bool InBrowser = false,
    [property: Id(14)] bool SaveMethod = false,
    [property: Id(15)] bool MakeDefault = false);
