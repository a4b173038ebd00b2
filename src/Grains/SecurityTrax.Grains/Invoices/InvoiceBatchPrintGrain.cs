using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Invoices.Printing;

namespace SecurityTrax.Invoices;

/// <summary>
/// Bulk print: pages through the invoice list with the caller's filters and writes each document's PDF (rendered by
/// the invoice-print worker, as for one invoice) into one merged PDF or a ZIP, handing the file on in chunks.
/// </summary>
public sealed class InvoiceBatchPrintGrain(BatchPrintOptions options) : Grain, IInvoiceBatchPrintGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<int> CheckAsync(InvoiceListQuery filter)
    {
        var count = (await Queries.ListAsync(filter with { Cursor = null, Limit = 1 })).Totals.Count;
        if (count == 0)
        {
            throw SecurityTraxException.Invalid("from", "No invoices, quotes or credit memos match these filters.");
        }

        if (count > options.MaxBatchDocuments)
        {
            throw SecurityTraxException.Invalid("from", string.Create(CultureInfo.InvariantCulture,
                $"{count} documents match; at most {options.MaxBatchDocuments} are printed at once. Narrow the dates, the customer, the status or the type."));
        }

        return count;
    }

    public async IAsyncEnumerable<byte[]> PrintAsync(InvoiceListQuery filter, BatchPrintFormat format)
    {
        using var output = new ChunkOutput();
        using IBatchPrintWriter writer = format == BatchPrintFormat.Zip ? new ZipOfPdfsWriter(output) : new MergedPdfWriter(output);
        var printer = GrainFactory.GetGrain<IInvoicePrintGrain>(GrainKeys.For(Tenant, IInvoicePrintGrain.Id));
        await foreach (var id in IdsAsync(filter))
        {
            writer.Add(await printer.RenderPdfAsync(id));
            yield return output.Take();
        }

        writer.Finish();
        yield return output.Take();
        // One activation per print: nothing is left to ask it once the file is out.
        DeactivateOnIdle();
    }

    private async IAsyncEnumerable<long> IdsAsync(InvoiceListQuery filter)
    {
        var left = options.MaxBatchDocuments;
        var query = filter with { Cursor = null, Limit = Math.Min(left, ICustomerQueryGrain.MaxPage) };
        while (left > 0)
        {
            var page = await Queries.ListAsync(query);
            foreach (var invoice in page.Items.Take(left))
            {
                yield return invoice.Id;
            }

            left -= page.Items.Length;
            if (page.NextCursor is null)
            {
                yield break;
            }

            query = query with { Cursor = page.NextCursor, Limit = Math.Min(left, ICustomerQueryGrain.MaxPage) };
        }
    }

    private IInvoiceQueryGrain Queries => GrainFactory.GetGrain<IInvoiceQueryGrain>(GrainKeys.For(Tenant, IInvoiceQueryGrain.Id));
}
