using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>A page of payments, newest first.</summary>
public sealed record PaymentListResponse(PaymentSummary[] Items, string? NextCursor)
{
    public static PaymentListResponse From(PaymentPage page) => new(page.Items, page.NextCursor);
}
