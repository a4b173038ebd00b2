namespace SecurityTrax.Tickets;

/// <summary>A note on a customer; <see cref="Ticket"/> is set while the note is a ticket.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.NoteDetails")]
public sealed record NoteDetails(
    [property: Id(0)] long Id,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] string CustomerName,
    [property: Id(3)] NoteInput Note,
    [property: Id(4)] string AuthorId,
    [property: Id(5)] string AuthorName,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] TicketDetails? Ticket,
    [property: Id(9)] int Version);
