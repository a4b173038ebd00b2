using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Tenants;

namespace SecurityTrax.Invoices.Printing;

/// <summary>Turns the invoice grain's printout into what the renderers print, and names the file.</summary>
public static class PrintableInvoices
{
    /// <summary>The document as printed; the company profile, when set, gives the header its legal name, address, contacts and licences.</summary>
    public static PrintableInvoice From(InvoicePrintout printout, string culture, CompanyProfileDetails? company = null, CompanyLogo? logo = null)
    {
        var invoice = printout.Invoice;
        var address = invoice.BillingAddress ?? invoice.ServiceAddress;
        return new PrintableInvoice(
            Kind(invoice.Type),
            InvoiceKeys.Id(invoice.Id),
            CompanyHeader.Party(printout.CompanyName, company),
            new PrintableParty(invoice.CustomerName, address is null ? [] : AddressLines(address)),
            invoice.SaleDate,
            invoice.DueDate,
            printout.TermText,
            invoice.PoNumber,
            [.. invoice.Lines.Select(l => new PrintableInvoiceLine(l.Quantity, l.Description, l.UnitPrice, l.Amount, l.TaxRate))],
            invoice.Totals.SubTotal,
            invoice.Totals.TaxTotal,
            invoice.Totals.GrandTotal,
            invoice.Totals.Applied,
            invoice.Type == InvoiceType.CreditMemo ? invoice.Totals.CreditLeft : invoice.Totals.Due,
            invoice.Note,
            culture,
            logo);
    }

    /// <summary>invoice-1001.pdf, quote-1002.pdf, credit-memo-1003.pdf.</summary>
    public static string FileName(InvoiceDetails invoice) => string.Create(CultureInfo.InvariantCulture, $"{invoice.Type switch
    {
        InvoiceType.Quote => "quote",
        InvoiceType.CreditMemo => "credit-memo",
        _ => "invoice",
    }}-{invoice.Id}.pdf");

    /// <summary>Invoice, Quote or Credit memo: the word the documents print.</summary>
    public static string Title(InvoiceType type) => InvoiceText.Title(Kind(type));

    private static PrintableDocumentKind Kind(InvoiceType type) => type switch
    {
        InvoiceType.Quote => PrintableDocumentKind.Quote,
        InvoiceType.CreditMemo => PrintableDocumentKind.CreditMemo,
        _ => PrintableDocumentKind.Invoice,
    };

    /// <summary>Line 1, line 2 and "City, ST 12345", leaving out empty lines.</summary>
    public static string[] AddressLines(Address address) =>
        [.. new[] { address.Line1, address.Line2, $"{address.City}, {address.State} {address.Zip}" }.Where(l => !string.IsNullOrWhiteSpace(l)).Cast<string>()];
}
