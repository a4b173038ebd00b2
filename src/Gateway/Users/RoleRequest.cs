using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Users;

public sealed record RoleRequest(string? Name, [property: Required] string[]? Grants)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
