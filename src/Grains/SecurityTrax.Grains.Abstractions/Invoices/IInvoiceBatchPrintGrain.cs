using SecurityTrax.Identity;

namespace SecurityTrax.Invoices;

/// <summary>
/// Prints many invoices, quotes or credit memos at once for mailing by post; key <c>{tenant}/invoice-batch-{random}</c>,
/// one activation per print, so its enumeration stays on one activation and the print holds nothing up for others.
/// </summary>
[Alias("SecurityTrax.IInvoiceBatchPrintGrain")]
public interface IInvoiceBatchPrintGrain : ITenantGrain
{
    public const string IdPrefix = "invoice-batch-";

    /// <summary>
    /// How many documents the filter matches (cursor and limit ignored). Refuses (400 naming <c>from</c>) a filter that
    /// matches none or more than the platform's limit, so a print is refused before its first byte is sent.
    /// </summary>
    [Alias("Check")]
    Task<int> CheckAsync(InvoiceListQuery filter);

    /// <summary>
    /// The file in chunks as it is written, newest sale date first: one document is rendered and held at a time, never
    /// the whole file. Stops at the platform's limit even if more documents appeared since <see cref="CheckAsync"/>.
    /// </summary>
    [Alias("Print")]
    IAsyncEnumerable<byte[]> PrintAsync(InvoiceListQuery filter, BatchPrintFormat format);
}
