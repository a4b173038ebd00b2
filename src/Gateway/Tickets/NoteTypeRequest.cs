namespace SecurityTrax.Gateway.Tickets;

public sealed record NoteTypeRequest(string? Name);
