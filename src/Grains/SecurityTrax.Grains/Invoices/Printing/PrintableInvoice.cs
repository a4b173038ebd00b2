using SecurityTrax.Tenants;

namespace SecurityTrax.Invoices.Printing;

/// <summary>
/// Everything printed on an invoice, quote or credit memo, already computed: the renderers format and lay out,
/// they never calculate. Amounts are formatted as currency in <see cref="CurrencyCulture"/> (e.g. en-US); <see cref="Logo"/> heads the page when set.
/// </summary>
public sealed record PrintableInvoice(
    PrintableDocumentKind Kind,
    string Number,
    PrintableParty Company,
    PrintableParty Customer,
    DateOnly SaleDate,
    DateOnly? DueDate,
    string? Terms,
    string? PoNumber,
    IReadOnlyList<PrintableInvoiceLine> Lines,
    decimal SubTotal,
    decimal TaxTotal,
    decimal GrandTotal,
    decimal Paid,
    decimal Due,
    string? Note,
    string CurrencyCulture = "en-US",
    CompanyLogo? Logo = null);
