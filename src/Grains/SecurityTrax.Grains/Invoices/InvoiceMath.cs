namespace SecurityTrax.Invoices;

/// <summary>The money rules of invoices (DESIGN §5), pure: cents, rounded lines, totals as sums of rounded lines.</summary>
public static class InvoiceMath
{
    /// <summary>Half away from zero to the cent, as a person rounds money.</summary>
    public static decimal Cents(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    public static decimal LineAmount(decimal quantity, decimal unitPrice) => Cents(quantity * unitPrice);

    /// <summary>The tax of one line: its rounded amount times the rate (percent), rounded to the cent.</summary>
    public static decimal LineTax(decimal amount, decimal ratePercent) => Cents(amount * ratePercent / 100m);

    /// <summary>
    /// Sums of the rounded lines, negative for a credit memo. Due = grand total − applied, never negative, and 0
    /// for quotes, credit memos and void documents; a credit memo's credit left is its total less what was applied from it.
    /// </summary>
    public static InvoiceTotals Totals(InvoiceType type, bool isVoid, IEnumerable<(decimal Amount, decimal Tax)> lines, decimal applied)
    {
        var sign = type == InvoiceType.CreditMemo ? -1m : 1m;
        decimal sub = 0, tax = 0;
        foreach (var (amount, lineTax) in lines)
        {
            sub += amount;
            tax += lineTax;
        }

        var grand = sign * (sub + tax);
        var due = type == InvoiceType.Invoice && !isVoid ? Math.Max(0m, grand - applied) : 0m;
        var creditLeft = type == InvoiceType.CreditMemo && !isVoid ? Math.Max(0m, -grand - applied) : 0m;
        return new InvoiceTotals(sign * sub, sign * tax, grand, applied, due, creditLeft);
    }

    public static InvoiceStatus StatusOf(InvoiceType type, bool isVoid, bool converted, InvoiceTotals totals) => type switch
    {
        _ when isVoid => InvoiceStatus.Void,
        InvoiceType.Quote => converted ? InvoiceStatus.Converted : InvoiceStatus.Open,
        InvoiceType.Invoice => totals.Applied > 0 && totals.Due == 0 ? InvoiceStatus.Paid : InvoiceStatus.Open,
        _ => totals.Applied > 0 && totals.CreditLeft == 0 ? InvoiceStatus.Paid : InvoiceStatus.Open,
    };

    /// <summary>Open invoices with something due are overdue from the day after their due date.</summary>
    public static bool IsOverdue(InvoiceType type, InvoiceStatus status, DateOnly? dueDate, decimal due, DateOnly today) =>
        type == InvoiceType.Invoice && status == InvoiceStatus.Open && due > 0 && dueDate < today;
}
