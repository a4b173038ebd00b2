namespace SecurityTrax.Portal;

/// <summary>A stored pay link: the digest of its token (the token itself is never stored), scope, expiry and revocation.</summary>
public sealed class PayLinkRecord
{
    public int Number { get; set; }

    public string TokenId { get; set; } = "";

    public long? InvoiceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedByName { get; set; }

    public PayLinkStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? PayLinkStatus.Revoked : now >= ExpiresAt ? PayLinkStatus.Expired : PayLinkStatus.Active;

    public PayLinkDetails ToDetails(long customerId, DateTimeOffset now, int version) =>
        new(Number, customerId, InvoiceId, StatusAt(now), CreatedAt, CreatedByName, ExpiresAt, RevokedAt, RevokedByName, version);
}
