using System.ComponentModel.DataAnnotations;
using SecurityTrax.Catalog;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>Kind: equipment, labour, service, activation_fee or monitoring. Description and unit price are what new invoice lines start with.</summary>
public sealed record BillableItemRequest(
    [property: Required] string? Name,
    string? Description,
    [property: Required] decimal? UnitPrice,
    bool? Taxable,
    [property: Required] BillableItemKind? Kind)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
