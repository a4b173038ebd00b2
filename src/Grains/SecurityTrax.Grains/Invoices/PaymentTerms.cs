namespace SecurityTrax.Invoices;

/// <summary>Payment terms → due date and words.</summary>
public static class PaymentTerms
{
    /// <summary>The due date of an invoice; quotes and credit memos are never due.</summary>
    public static DateOnly? DueDate(InvoiceType type, PaymentTerm term, DateOnly saleDate) =>
        type == InvoiceType.Invoice ? saleDate.AddDays((int)term) : null;

    public static string Text(PaymentTerm term) => term == PaymentTerm.DueOnReceipt ? "Due on receipt" : $"Net {(int)term}";
}
