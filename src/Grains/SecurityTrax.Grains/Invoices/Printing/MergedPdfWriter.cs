using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace SecurityTrax.Invoices.Printing;

/// <summary>
/// One PDF of many documents, each starting on a new page. PdfPig's stream writer writes each copied page's objects
/// when the page is added and keeps only their offsets, so the merged file never sits whole in memory.
/// </summary>
public sealed class MergedPdfWriter(Stream output) : IBatchPrintWriter
{
    private readonly PdfDocumentBuilder _builder = new(output, disposeStream: false, PdfWriterType.Default);
    private bool _finished;

    public void Add(PrintedInvoice document)
    {
        using var pdf = PdfDocument.Open(document.Content);
        for (var page = 1; page <= pdf.NumberOfPages; page++)
        {
            _builder.AddPage(pdf, page);
        }
    }

    // Build() hands the bytes back and so wants a stream it can read; disposing completes the file on a forward-only stream.
    public void Finish() => Dispose();

    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            _builder.Dispose();
        }
    }
}
