namespace SecurityTrax.Gateway.Tickets;

/// <summary>A note; with <see cref="Ticket"/> it is created as a ticket.</summary>
public sealed record NoteRequest(string? NoteType, string? Subject, string? Body, TicketRequest? Ticket);
