using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>Make and model, billed as the catalogue item <see cref="BillableItemId"/> (of kind equipment).</summary>
public sealed record EquipmentItemRequest(
    [property: Required] string? Make,
    [property: Required] string? Model,
    [property: Required] int? BillableItemId)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
