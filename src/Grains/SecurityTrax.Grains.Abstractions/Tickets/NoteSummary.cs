namespace SecurityTrax.Tickets;

[GenerateSerializer, Immutable, Alias("SecurityTrax.NoteSummary")]
public sealed record NoteSummary(
    [property: Id(0)] long Id,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] string CustomerName,
    [property: Id(3)] string NoteType,
    [property: Id(4)] string Subject,
    [property: Id(5)] string AuthorId,
    [property: Id(6)] bool IsTicket,
    [property: Id(7)] string? AssigneeId,
    [property: Id(8)] TicketPriority? Priority,
    [property: Id(9)] TicketStatus? Status,
    [property: Id(10)] DateOnly? Due,
    [property: Id(11)] DateTimeOffset CreatedAt,
    [property: Id(12)] DateTimeOffset UpdatedAt);
