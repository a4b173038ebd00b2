using SecurityTrax.Payments;

namespace SecurityTrax.Portal;

/// <summary>
/// A payment made in the portal: the processor's payment-method token from its browser flow (never a card number), and
/// the invoices it pays; the amount is the sum of <see cref="Applications"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PortalPayment")]
public sealed record PortalPayment(
    [property: Id(0)] string Token,
    [property: Id(1)] ApplicationRequest[] Applications);
