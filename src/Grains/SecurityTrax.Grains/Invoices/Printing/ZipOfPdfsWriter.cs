using System.IO.Compression;

namespace SecurityTrax.Invoices.Printing;

/// <summary>A ZIP with one PDF per document (invoice-1001.pdf, …), written entry by entry to a forward-only stream.</summary>
public sealed class ZipOfPdfsWriter(Stream output) : IBatchPrintWriter
{
    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);

    public void Add(PrintedInvoice document)
    {
        // PDFs are compressed inside already: storing them costs little space and no time.
        var entry = _zip.CreateEntry(document.FileName, CompressionLevel.NoCompression);
        using var content = entry.Open();
        content.Write(document.Content);
    }

    public void Finish() => _zip.Dispose();

    public void Dispose() => _zip.Dispose();
}
