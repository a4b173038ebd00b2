using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Users;

public sealed record UpdateUserRequest([property: Required] string? DisplayName, string? Email, [property: Required] string? Role)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
