using System.ComponentModel.DataAnnotations;
using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

public sealed record TemplateRequest(
    [property: Required] string? Name, [property: Required] MessageChannel? Channel, string? Subject, string? HtmlBody, string? TextBody, bool? IsDynamic)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
