using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Files;

/// <summary>Replaces the company's file settings; send back what <c>GET</c> gave (<c>usedBytes</c> unchanged or left out).</summary>
public sealed record UpdateFilePolicyRequest(
    [property: Required] long? MaxFileBytes,
    [property: Required] long? QuotaBytes,
    int? DeleteOwnWithinDays,
    [property: Required] bool? KeepImageLocation)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
