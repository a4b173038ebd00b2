namespace SecurityTrax.Tickets;

[GenerateSerializer, Immutable, Alias("SecurityTrax.TicketDetails")]
public sealed record TicketDetails(
    [property: Id(0)] string AssigneeId,
    [property: Id(1)] string AssigneeName,
    [property: Id(2)] DateOnly? Due,
    [property: Id(3)] TicketPriority Priority,
    [property: Id(4)] TicketStatus Status,
    [property: Id(5)] DateTimeOffset? ClosedAt,
    [property: Id(6)] CommentDetails[] Comments);
