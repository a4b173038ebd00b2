namespace SecurityTrax.Tickets;

/// <summary>Filters over the company's tickets, newest first. Date ranges: from inclusive, to exclusive.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TicketQueueQuery")]
public sealed record TicketQueueQuery(
    [property: Id(0)] TicketStatus[]? Statuses,
    [property: Id(1)] string? AssigneeId,
    [property: Id(2)] TicketPriority? Priority,
    [property: Id(3)] string? NoteType,
    [property: Id(4)] long? CustomerId,
    [property: Id(5)] DateOnly? DueFrom,
    [property: Id(6)] DateOnly? DueTo,
    [property: Id(7)] DateTimeOffset? CreatedFrom,
    [property: Id(8)] DateTimeOffset? CreatedTo,
    [property: Id(9)] string? Cursor,
    [property: Id(10)] int Limit);
