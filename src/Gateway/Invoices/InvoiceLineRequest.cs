using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>A line: the catalogue item and quantity; description, unit price and tax rate default from the item and the customer.</summary>
public sealed record InvoiceLineRequest(int? ItemId, decimal? Quantity, string? Description, decimal? UnitPrice, decimal? TaxRate)
{
    public InvoiceLineInput ToInput(Http.RequestErrors errors, string prefix) => new(
        errors.Required(ItemId, prefix + "itemId"), errors.Required(Quantity, prefix + "quantity"), Description, UnitPrice, TaxRate);
}
