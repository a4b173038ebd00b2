namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>POST /api/v1/customers/{id}/notes</c>; with <see cref="Ticket"/> the note is a ticket.</summary>
public sealed record NoteInput(string? NoteType, string? Subject, string? Body, TicketInput? Ticket);
