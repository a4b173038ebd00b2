using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>A line: the catalogue item and quantity; description, unit price and tax rate default from the item and the customer.</summary>
public sealed record InvoiceLineRequest(int? ItemId, decimal? Quantity, string? Description, decimal? UnitPrice, decimal? TaxRate)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }

    /// <summary>Extra members are refused here (a line added or nested in a create has nothing to echo); a PUT checks them first and clears them.</summary>
    public InvoiceLineInput ToInput(Http.RequestErrors errors, string prefix)
    {
        Http.ReadOnlyMembers.AddUnknown(Echoed, errors, prefix);
        return new(errors.Required(ItemId, prefix + "itemId"), errors.Required(Quantity, prefix + "quantity"), Description, UnitPrice, TaxRate);
    }
}
