namespace SecurityTrax.Invoices;

/// <summary>A row of an invoice list; <see cref="RecurringInvoiceId"/> null shows as N/A.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceSummary")]
public sealed record InvoiceSummary(
    [property: Id(0)] long Id,
    [property: Id(1)] InvoiceType Type,
    [property: Id(2)] InvoiceStatus Status,
    [property: Id(3)] bool Overdue,
    [property: Id(4)] long CustomerId,
    [property: Id(5)] string CustomerName,
    [property: Id(6)] DateOnly SaleDate,
    [property: Id(7)] DateOnly? DueDate,
    [property: Id(8)] decimal GrandTotal,
    [property: Id(9)] decimal Due,
    [property: Id(10)] long? RecurringInvoiceId,
    [property: Id(11)] DateTimeOffset UpdatedAt);
