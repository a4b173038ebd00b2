namespace SecurityTrax.Invoices;

/// <summary>A quote is never due and takes no payments; a credit memo's total is negative and is applied to invoices.</summary>
public enum InvoiceType
{
    Invoice = 0,
    Quote = 1,
    CreditMemo = 2,
}
