namespace SecurityTrax.RecurringInvoices;

/// <summary>The recurring-invoice list read-model row, as the grain projects it.</summary>
public sealed record RecurringInvoiceRow(
    long RecurringInvoiceId,
    long CustomerId,
    bool Deleted,
    DateOnly FirstDate,
    decimal Amount,
    int Interval,
    int Unit,
    int Count,
    string TimeZone,
    DateTimeOffset CreatedAt,
    string? PausedReason = null)
{
    public const string Kind = "recurring_invoice";
}
