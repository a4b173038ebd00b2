using System.ComponentModel.DataAnnotations;
using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>A line: the catalogue item and quantity; description, unit price and tax rate default from the item and the customer.</summary>
/// <param name="ItemId">The catalogue item's id.</param>
/// <param name="Quantity">How many: more than 0, at most two decimals (1.5 hours of labour).</param>
/// <param name="Description">The line's text; the item's description when left out.</param>
/// <param name="UnitPrice">Money in dollars, sent as a JSON number with at most two decimals (e.g. 12.50); the item's price when left out.</param>
/// <param name="TaxRate">Percent with up to three decimals (8.375); the customer's rate when left out.</param>
public sealed record InvoiceLineRequest([property: Required] int? ItemId, [property: Required] decimal? Quantity, string? Description, decimal? UnitPrice, decimal? TaxRate)
{
    public InvoiceLineInput ToInput(Http.RequestErrors errors, string prefix) => new(
        errors.Required(ItemId, prefix + "itemId"), errors.Required(Quantity, prefix + "quantity"), Description, UnitPrice, TaxRate);
}
