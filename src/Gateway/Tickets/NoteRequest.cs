using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Tickets;

/// <summary>A note; with <see cref="Ticket"/> it is created as a ticket.</summary>
public sealed record NoteRequest([property: Required] string? NoteType, string? Subject, [property: Required] string? Body, TicketRequest? Ticket);
