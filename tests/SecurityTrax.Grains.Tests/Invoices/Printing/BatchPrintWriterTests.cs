using System.IO.Compression;
using SecurityTrax.Invoices;
using SecurityTrax.Invoices.Printing;
using UglyToad.PdfPig;

namespace SecurityTrax.Grains.Tests.Invoices.Printing;

/// <summary>
/// Bulk print's writers leave each document as it is added: what is still to come at the end is only the file's
/// closing (page tree, cross-references, ZIP directory), so the whole file is never held.
/// </summary>
public sealed class BatchPrintWriterTests
{
    private static readonly PrintedInvoice[] Documents = [Printed("5311"), Printed("5312"), Printed("5313")];

    [Fact]
    public void TheMergedPdfHasEveryDocumentsPagesInOrderAndEachLeftAsItWasAdded()
    {
        var (chunks, closing) = Write(output => new MergedPdfWriter(output));

        Assert.All(chunks, c => Assert.True(c.Length > closing.Length, $"a document wrote {c.Length} bytes, the closing {closing.Length}"));
        using var merged = PdfDocument.Open(chunks.Append(closing).SelectMany(c => c).ToArray());
        Assert.Equal(3, merged.NumberOfPages);
        Assert.Equal(["No. 5311", "No. 5312", "No. 5313"], merged.GetPages().Select(p => Number(p.GetWords().Select(w => w.Text).ToList())));
    }

    [Fact]
    public void TheZipHasOnePdfPerDocumentEachLeftAsItWasAdded()
    {
        var (chunks, closing) = Write(output => new ZipOfPdfsWriter(output));

        Assert.All(chunks.Zip(Documents), pair => Assert.True(pair.First.Length >= pair.Second.Content.Length));
        using var zip = new ZipArchive(new MemoryStream(chunks.Append(closing).SelectMany(c => c).ToArray()), ZipArchiveMode.Read);
        Assert.Equal(["invoice-5311.pdf", "invoice-5312.pdf", "invoice-5313.pdf"], zip.Entries.Select(e => e.FullName));
        using var copy = new MemoryStream();
        zip.Entries[1].Open().CopyTo(copy);
        Assert.Equal(Documents[1].Content, copy.ToArray());
    }

    private static (List<byte[]> Chunks, byte[] Closing) Write(Func<Stream, IBatchPrintWriter> open)
    {
        using var output = new ChunkOutput();
        using var writer = open(output);
        var chunks = new List<byte[]>();
        foreach (var document in Documents)
        {
            writer.Add(document);
            chunks.Add(output.Take());
        }

        writer.Finish();
        return (chunks, output.Take());
    }

    private static string Number(List<string> words) => "No. " + words[words.IndexOf("No.") + 1];

    private static PrintedInvoice Printed(string number) =>
        new($"invoice-{number}.pdf", "application/pdf", InvoicePdfRenderer.Render(SampleInvoices.Invoice() with { Number = number }));
}
