using SecurityTrax.Equipment;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Equipment;

/// <summary>A piece of equipment on a customer: the catalogue equipment, how many (1 when left out), its zone, who sold it, paid or not.</summary>
public sealed record EquipmentRequest(int? EquipmentItemId, int? Quantity, string? Zone, int? ZoneNumber, long? SoldByUserId, bool? Paid)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }

    public EquipmentInput ToInput() => new(EquipmentItemId, Quantity ?? 1, Zone, ZoneNumber, UserIds.Text(SoldByUserId), Paid ?? false);
}
