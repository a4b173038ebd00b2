namespace SecurityTrax.Portal;

/// <summary>What a pay link opens: <see cref="Status"/> Active with the customer (and invoice) it is for, or why it does not.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PayLinkScope")]
public sealed record PayLinkScope(
    [property: Id(0)] PayLinkStatus Status,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] long? InvoiceId,
    [property: Id(3)] DateTimeOffset? ExpiresAt,
    [property: Id(4)] int Number)
{
    public static readonly PayLinkScope Unknown = new(PayLinkStatus.Unknown, 0, null, null, 0);

    public bool IsActive => Status == PayLinkStatus.Active;

    /// <summary>Whether the link may show or pay this invoice of its customer.</summary>
    public bool Covers(long invoiceCustomerId, long invoiceId) =>
        IsActive && invoiceCustomerId == CustomerId && (InvoiceId is null || InvoiceId == invoiceId);
}
