namespace SecurityTrax.Invoices.Printing;

/// <summary>Writes printed documents one after another into one file (a merged PDF or a ZIP).</summary>
public interface IBatchPrintWriter : IDisposable
{
    void Add(PrintedInvoice document);

    /// <summary>Writes what closes the file (the PDF's cross-reference table, the ZIP's central directory).</summary>
    void Finish();
}
