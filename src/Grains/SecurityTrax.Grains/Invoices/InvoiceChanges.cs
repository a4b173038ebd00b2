using System.Globalization;

namespace SecurityTrax.Invoices;

/// <summary>Invoice fields and lines as history shows them.</summary>
public static class InvoiceChanges
{
    public static IEnumerable<(string Field, string? Old, string? New)> Header(InvoiceState? old, InvoiceHeader @new, DateOnly saleDate, DateOnly? dueDate)
    {
        yield return ("saleDate", old is null ? null : Date(old.SaleDate), Date(saleDate));
        yield return ("term", old is null ? null : PaymentTerms.Text(old.Term), PaymentTerms.Text(@new.Term));
        yield return ("dueDate", old is null ? null : Date(PaymentTerms.DueDate(old.Type, old.Term, old.SaleDate)), Date(dueDate));
        yield return ("poNumber", old?.PoNumber, @new.PoNumber);
        yield return ("note", old?.Note, @new.Note);
    }

    /// <summary>"2 × Door contact @ 39.00 = 78.00, tax 8.375% = 6.53".</summary>
    public static string Line(InvoiceLine line) => string.Create(CultureInfo.InvariantCulture,
        $"{line.Quantity:0.##} × {line.Description} @ {line.UnitPrice:0.00} = {line.Amount:0.00}, tax {line.TaxRate:0.###}% = {line.Tax:0.00}");

    public static string LineField(InvoiceLine line) => "line " + line.Id.ToString(CultureInfo.InvariantCulture);

    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Entity(InvoiceType type) => type switch
    {
        InvoiceType.Quote => "quote",
        InvoiceType.CreditMemo => "credit_memo",
        _ => "invoice",
    };

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
