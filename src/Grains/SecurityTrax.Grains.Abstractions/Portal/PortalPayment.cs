using SecurityTrax.Payments;

namespace SecurityTrax.Portal;

/// <summary>
/// A payment made in the portal: the processor's payment-method token from its browser flow (never a card number), and
/// the invoices it pays; the amount is the sum of <see cref="Applications"/>. Without a token (Stripe only) the payment
/// is a payment intent the customer confirms in the browser. <see cref="SaveMethod"/> is the customer's consent to keep
/// the method as a billing method, <see cref="MakeDefault"/> also for recurring billing.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PortalPayment")]
public sealed record PortalPayment(
    [property: Id(0)] string? Token,
    [property: Id(1)] ApplicationRequest[] Applications,
    [property: Id(2)] bool SaveMethod = false,
    [property: Id(3)] bool MakeDefault = false);
