using SecurityTrax.Portal;

namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// A pay link: <c>invoiceId</c> null opens the customer's portal, otherwise that invoice only. <c>url</c> is answered once,
/// when the link is made (only a digest of its token is stored); lists never show it.
/// </summary>
public sealed record PayLinkResponse(
    int Number, long CustomerId, long? InvoiceId, PayLinkStatus Status, DateTimeOffset CreatedAt, string CreatedByName,
    DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string? RevokedByName, string? Url)
{
    public static PayLinkResponse From(PayLinkDetails l, string? url = null) =>
        new(l.Number, l.CustomerId, l.InvoiceId, l.Status, l.CreatedAt, l.CreatedByName, l.ExpiresAt, l.RevokedAt, l.RevokedByName, url);
}
