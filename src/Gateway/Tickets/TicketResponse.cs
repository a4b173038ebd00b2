using SecurityTrax.Tickets;

namespace SecurityTrax.Gateway.Tickets;

public sealed record TicketResponse(
    long AssigneeId, string AssigneeName, DateOnly? Due, TicketPriority Priority, TicketStatus Status, DateTimeOffset? ClosedAt,
    CommentResponse[] Comments);
