using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>What a printed invoice shows: the company's name, the terms in words, and the invoice.</summary>
public sealed record PrintoutResponse(string CompanyName, string TermText, InvoiceResponse Invoice)
{
    public static PrintoutResponse From(InvoicePrintout p) => new(p.CompanyName, p.TermText, InvoiceResponse.From(p.Invoice));
}
