namespace SecurityTrax.Invoices.Printing;

public enum PrintableDocumentKind
{
    Invoice = 0,
    Quote = 1,
    CreditMemo = 2,
}
