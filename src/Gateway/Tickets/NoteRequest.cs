using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Tickets;

/// <summary>A note; with <see cref="Ticket"/> it is created as a ticket.</summary>
public sealed record NoteRequest([property: Required] string? NoteType, string? Subject, [property: Required] string? Body, TicketRequest? Ticket)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}
