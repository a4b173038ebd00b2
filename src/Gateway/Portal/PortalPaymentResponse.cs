using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// A payment as the customer sees it: a receipt, with the invoices it paid (or will pay once it clears).
/// <c>clientSecret</c> is set while a payment made through Stripe's Payment Element waits for the customer to confirm it.
/// </summary>
public sealed record PortalPaymentResponse(
    long Id, DateOnly PaymentDate, decimal Amount, PaymentStatus Status, string Method, string? Reason, PortalApplicationResponse[] Applications,
    string? ClientSecret = null)
{
    public static PortalPaymentResponse From(PaymentSummary p) => new(p.Id, p.PaymentDate, p.Amount, p.Status, p.MethodDisplay, null, []);

    public static PortalPaymentResponse From(PaymentDetails p) =>
        new(p.Id, p.PostingDate ?? DateOnly.FromDateTime(p.InitiatedAt.UtcDateTime), p.Amount, p.Status, p.MethodDisplay, p.Reason,
            [.. p.Applications.Where(a => a.Amount > 0).Select(a => new PortalApplicationResponse(a.InvoiceId, a.Amount))], p.ClientSecret);
}
