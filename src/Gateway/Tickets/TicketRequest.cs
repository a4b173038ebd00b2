using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Tickets;

/// <summary>Due is a date (yyyy-MM-dd) in the company's time zone; priority low, normal (default), high or urgent.</summary>
public sealed record TicketRequest([property: Required] long? AssigneeId, string? Due, SecurityTrax.Tickets.TicketPriority? Priority)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
