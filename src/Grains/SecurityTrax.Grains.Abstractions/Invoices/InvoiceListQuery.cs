namespace SecurityTrax.Invoices;

/// <summary>Filters over the company's invoices, newest sale date first. Sale dates: from inclusive, to exclusive.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceListQuery")]
public sealed record InvoiceListQuery(
    [property: Id(0)] InvoiceListFilter? Status,
    [property: Id(1)] InvoiceType? Type,
    [property: Id(2)] DateOnly? From,
    [property: Id(3)] DateOnly? To,
    [property: Id(4)] long? CustomerId,
    [property: Id(5)] string? Cursor,
    [property: Id(6)] int Limit);
