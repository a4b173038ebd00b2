namespace SecurityTrax.Invoices;

/// <summary>Status filters of the invoice list; overdue = open invoices whose due date is before today in the company's time zone.</summary>
public enum InvoiceListFilter
{
    Open = 0,
    Paid = 1,
    Overdue = 2,
    Void = 3,
    Converted = 4,
}
