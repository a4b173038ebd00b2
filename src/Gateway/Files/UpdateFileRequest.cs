namespace SecurityTrax.Gateway.Files;

/// <summary>Renames a file or changes its category and description; send back what <c>GET</c> gave.</summary>
public sealed record UpdateFileRequest(
    [property: System.ComponentModel.DataAnnotations.Required] string? Name,
    string? Category,
    string? Description)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
