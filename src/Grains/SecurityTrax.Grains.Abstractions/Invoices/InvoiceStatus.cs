namespace SecurityTrax.Invoices;

/// <summary>
/// Open: something is due (an invoice), credit is left (a credit memo), or a quote awaits an answer.
/// Paid: applications cover the whole total (for a credit memo: all of it was applied). Void: kept, never due.
/// Converted: a quote that became an invoice. Overdue is not stored: it is an open invoice past its due date.
/// </summary>
public enum InvoiceStatus
{
    Open = 0,
    Paid = 1,
    Void = 2,
    Converted = 3,
}
