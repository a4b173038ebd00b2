using SecurityTrax.Tickets;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Tickets;

public sealed record NoteSummaryResponse(
    long Id, long CustomerId, string CustomerName, string NoteType, string Subject, long? AuthorId, bool IsTicket, long? AssigneeId,
    TicketPriority? Priority, TicketStatus? Status, DateOnly? Due, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static NoteSummaryResponse From(NoteSummary n) => new(
        n.Id, n.CustomerId, n.CustomerName, n.NoteType, n.Subject, UserIds.Number(n.AuthorId), n.IsTicket, UserIds.Number(n.AssigneeId), n.Priority, n.Status, n.Due,
        n.CreatedAt, n.UpdatedAt);
}
