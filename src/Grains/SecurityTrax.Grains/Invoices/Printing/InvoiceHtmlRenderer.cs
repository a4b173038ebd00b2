using System.Globalization;
using System.Net;
using System.Text;

namespace SecurityTrax.Invoices.Printing;

/// <summary>
/// Renders an invoice, quote or credit memo as one self-contained, printer-friendly HTML page. Every value is
/// HTML-encoded; the table heading repeats on each printed page and rows are not split across pages.
/// </summary>
public static class InvoiceHtmlRenderer
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #000; margin: 2em auto; max-width: 8in; }
        header { display: flex; justify-content: space-between; border-bottom: 1px solid #888; padding-bottom: .5em; }
        header h1 { font-size: 18pt; margin: 0; text-transform: uppercase; text-align: right; }
        .company { font-size: 14pt; font-weight: bold; }
        .parties { display: flex; justify-content: space-between; margin: 1em 0; }
        .parties dl { display: grid; grid-template-columns: auto auto; gap: .2em 1em; margin: 0; }
        .parties dt { font-weight: bold; }
        .parties dd { margin: 0; text-align: right; }
        table { width: 100%; border-collapse: collapse; }
        th { background: #ddd; text-align: right; padding: .3em; }
        td { border-bottom: 1px solid #ddd; padding: .3em; text-align: right; vertical-align: top; }
        th.description, td.description { text-align: left; white-space: pre-wrap; }
        table.totals { width: auto; margin: 1em 0 1em auto; }
        table.totals td { border: 0; }
        table.totals tr:last-child td { font-weight: bold; }
        .note { white-space: pre-wrap; }
        @media print {
            @page { size: letter; margin: .5in; }
            body { margin: 0; max-width: none; }
            thead { display: table-header-group; }
            tr, .totals, .note { break-inside: avoid; }
        }
        """;

    public static string Render(PrintableInvoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var culture = InvoiceText.Culture(invoice);
        var title = $"{InvoiceText.Title(invoice.Kind)} {invoice.Number}";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{E(culture.Name)}">
            <head>
            <meta charset="utf-8">
            <title>{E(title)} · {E(invoice.Company.Name)}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            <header>
            <div><div class="company">{E(invoice.Company.Name)}</div>{Lines(invoice.Company.AddressLines.Append(invoice.Company.Phone))}</div>
            <div><h1>{E(InvoiceText.Title(invoice.Kind))}</h1><div>No. {E(invoice.Number)}</div></div>
            </header>
            <section class="parties">
            <div><strong>Bill to</strong>{Lines(invoice.Customer.AddressLines.Prepend(invoice.Customer.Name).Append(invoice.Customer.Phone))}</div>
            <dl>
            """);
        foreach (var (label, value) in InvoiceText.Details(invoice, culture))
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt>{E(label)}</dt><dd>{E(value)}</dd>\n");
        }

        html.Append("</dl>\n</section>\n<table class=\"lines\">\n<thead><tr>");
        for (var i = 0; i < InvoiceText.ColumnHeadings.Length; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th{(i == 1 ? " class=\"description\"" : string.Empty)}>{E(InvoiceText.ColumnHeadings[i])}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var line in invoice.Lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{E(InvoiceText.Quantity(line.Quantity, culture))}</td><td class="description">{E(line.Description)}</td><td>{E(InvoiceText.Money(line.UnitPrice, culture))}</td><td>{E(InvoiceText.TaxRate(line.TaxRate, culture))}</td><td>{E(InvoiceText.Money(line.Amount, culture))}</td></tr>

                """);
        }

        html.Append("</tbody>\n</table>\n<table class=\"totals\">\n");
        foreach (var (label, value) in InvoiceText.Totals(invoice, culture))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(label)}</td><td>{E(value)}</td></tr>\n");
        }

        html.Append("</table>\n");
        if (!string.IsNullOrWhiteSpace(invoice.Note))
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"note\"><strong>Note</strong>\n{E(invoice.Note)}</section>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Lines(IEnumerable<string?> lines) =>
        string.Concat(lines.OfType<string>().Select(line => $"<div>{E(line)}</div>"));
}
