using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Tenants;

public sealed record UpdateSettingsRequest(
    [property: Required] string? CompanyName,
    [property: Required] string? TimeZone,
    [property: Required] string? Culture,
    [property: Required] bool? EmailReceiptsByDefault,
    string? CardSettlementCutoff = null)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
