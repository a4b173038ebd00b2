namespace SecurityTrax.Invoices;

/// <summary>The invoice-list read-model row, as the grain projects it.</summary>
public sealed record InvoiceRow(
    long InvoiceId,
    bool Deleted,
    string Type,
    string Status,
    long CustomerId,
    string CustomerName,
    DateOnly SaleDate,
    DateOnly? DueDate,
    decimal SubTotal,
    decimal TaxTotal,
    decimal GrandTotal,
    decimal Applied,
    decimal Due,
    long? RecurringInvoiceId,
    long? QuoteId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public const string Kind = "invoice";

    public static string Name(InvoiceType type) => InvoiceChanges.Entity(type);

    public static string Name(InvoiceStatus status) => status.ToString().ToLowerInvariant();
}
