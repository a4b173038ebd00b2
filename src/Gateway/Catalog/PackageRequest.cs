using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>A named set of equipment; each piece once, with its quantity (1 when left out).</summary>
public sealed record PackageRequest([property: Required] string? Name, [property: Required] PackagePieceDto[]? Pieces)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
