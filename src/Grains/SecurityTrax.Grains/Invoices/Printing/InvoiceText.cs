using System.Globalization;

namespace SecurityTrax.Invoices.Printing;

/// <summary>The words and formatted values the PDF and HTML renderers share, so both print the same document.</summary>
internal static class InvoiceText
{
    public static readonly string[] ColumnHeadings = ["Qty", "Description", "Unit price", "Tax", "Amount"];

    public static string Title(PrintableDocumentKind kind) => kind switch
    {
        PrintableDocumentKind.Quote => "Quote",
        PrintableDocumentKind.CreditMemo => "Credit memo",
        _ => "Invoice",
    };

    public static CultureInfo Culture(PrintableInvoice invoice)
    {
        try
        {
            return CultureInfo.GetCultureInfo(invoice.CurrencyCulture, predefinedOnly: true);
        }
        catch (CultureNotFoundException e)
        {
            throw new ArgumentException($"'{invoice.CurrencyCulture}' is not a known culture (for example en-US).", nameof(invoice), e);
        }
    }

    public static string Money(decimal amount, CultureInfo culture) => amount.ToString("C", culture);

    public static string Quantity(decimal quantity, CultureInfo culture) => quantity.ToString("#,0.####", culture);

    public static string TaxRate(decimal rate, CultureInfo culture) =>
        rate == 0 ? string.Empty : rate.ToString("0.###", culture) + culture.NumberFormat.PercentSymbol;

    /// <summary>Date, due date (or validity of a quote), terms and PO number: those that are set.</summary>
    public static IReadOnlyList<(string Label, string Value)> Details(PrintableInvoice invoice, CultureInfo culture)
    {
        var details = new List<(string, string)> { ("Date", invoice.SaleDate.ToString("d", culture)) };
        if (invoice.DueDate is { } due)
        {
            details.Add((invoice.Kind == PrintableDocumentKind.Quote ? "Valid until" : "Due date", due.ToString("d", culture)));
        }

        if (!string.IsNullOrWhiteSpace(invoice.Terms))
        {
            details.Add(("Terms", invoice.Terms));
        }

        if (!string.IsNullOrWhiteSpace(invoice.PoNumber))
        {
            details.Add(("PO number", invoice.PoNumber));
        }

        return details;
    }

    /// <summary>The totals block; the last row is the one to emphasise. A quote is never due, so it stops at the total.</summary>
    public static IReadOnlyList<(string Label, string Value)> Totals(PrintableInvoice invoice, CultureInfo culture)
    {
        var totals = new List<(string, string)>
        {
            ("Subtotal", Money(invoice.SubTotal, culture)),
            ("Tax", Money(invoice.TaxTotal, culture)),
            ("Total", Money(invoice.GrandTotal, culture)),
        };
        switch (invoice.Kind)
        {
            case PrintableDocumentKind.Invoice:
                totals.Add(("Paid", Money(invoice.Paid, culture)));
                totals.Add(("Balance due", Money(invoice.Due, culture)));
                break;
            case PrintableDocumentKind.CreditMemo:
                totals.Add(("Applied", Money(invoice.Paid, culture)));
                totals.Add(("Remaining credit", Money(invoice.Due, culture)));
                break;
        }

        return totals;
    }
}
