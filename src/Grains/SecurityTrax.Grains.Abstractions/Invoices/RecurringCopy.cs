namespace SecurityTrax.Invoices;

/// <summary>What an invoice made by a recurring invoice takes over: occurrence (1-based), sale date, terms and lines.</summary>
/// <remarks><see cref="NotifyUserId"/>, when set, is told in the inbox that the invoice was generated.</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RecurringCopy")]
public sealed record RecurringCopy(
    [property: Id(0)] long RecurringInvoiceId,
    [property: Id(1)] int Occurrence,
    [property: Id(2)] long CustomerId,
    [property: Id(3)] InvoiceHeader Header,
    [property: Id(4)] InvoiceLine[] Lines,
    [property: Id(5)] string? NotifyUserId);
