using SecurityTrax.Catalog;
using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>A line; amount (quantity × unit price) and tax are rounded to the cent. Source: manual, equipment, activation_fee or monitoring.</summary>
public sealed record InvoiceLineResponse(
    int Id, int ItemId, BillableItemKind Kind, string Description, decimal Quantity, decimal UnitPrice, decimal Amount, decimal TaxRate,
    decimal Tax, LineSource Source, int? EquipmentRowId)
{
    public static InvoiceLineResponse From(InvoiceLine l) =>
        new(l.Id, l.ItemId, l.Kind, l.Description, l.Quantity, l.UnitPrice, l.Amount, l.TaxRate, l.Tax, l.Source, l.EquipmentRowId);
}
