using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>A row of a note list (a customer's notes, my tickets, the ticket queue); status and priority only on tickets.</summary>
public sealed record NoteSummary(
    long Id, long CustomerId, string CustomerName, string NoteType, string Subject,
    [property: JsonConverter(typeof(IdText))] string? AuthorId, bool IsTicket,
    [property: JsonConverter(typeof(IdText))] string? AssigneeId,
    string? Priority, string? Status, DateOnly? Due, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
