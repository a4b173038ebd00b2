namespace SecurityTrax.Invoices;

/// <summary>
/// A line as typed: description and unit price default from the catalogue item, the tax rate from the
/// customer (exempt → 0, override, else the rate of the customer's state; 0 for items that are not taxable).
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceLineInput")]
public sealed record InvoiceLineInput(
    [property: Id(0)] int ItemId,
    [property: Id(1)] decimal Quantity,
    [property: Id(2)] string? Description,
    [property: Id(3)] decimal? UnitPrice,
    [property: Id(4)] decimal? TaxRate);
