using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary><c>GET /api/v1/notes/{id}</c>: one note, with its ticket when it is one.</summary>
public sealed record Note(
    long Id, long CustomerId, string CustomerName, string NoteType, string? Subject, string Body,
    [property: JsonConverter(typeof(IdText))] string? AuthorId, string AuthorName,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool IsTicket, TicketInfo? Ticket);
