namespace SecurityTrax.Invoices;

/// <summary>How a batch of printed documents is delivered: one PDF (each document from a new page) or a ZIP of PDFs.</summary>
public enum BatchPrintFormat
{
    Pdf = 0,
    Zip = 1,
}
