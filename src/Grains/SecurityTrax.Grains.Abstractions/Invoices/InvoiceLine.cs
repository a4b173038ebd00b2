using SecurityTrax.Catalog;

namespace SecurityTrax.Invoices;

/// <summary>A line of an invoice; <see cref="Amount"/> (quantity × unit price) and <see cref="Tax"/> are rounded to the cent.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceLine")]
public sealed record InvoiceLine(
    [property: Id(0)] int Id,
    [property: Id(1)] int ItemId,
    [property: Id(2)] BillableItemKind Kind,
    [property: Id(3)] string Description,
    [property: Id(4)] decimal Quantity,
    [property: Id(5)] decimal UnitPrice,
    [property: Id(6)] decimal Amount,
    [property: Id(7)] decimal TaxRate,
    [property: Id(8)] decimal Tax,
    [property: Id(9)] LineSource Source,
    [property: Id(10)] int? EquipmentRowId);
