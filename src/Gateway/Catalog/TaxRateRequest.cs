using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>A state's sales tax rate in percent, up to three decimals (8.375). <see cref="State"/> only when adding.</summary>
public sealed record TaxRateRequest(string? State, [property: Required] decimal? Rate)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
