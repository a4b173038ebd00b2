using SecurityTrax.Tickets;

namespace SecurityTrax.Gateway.Tickets;

public sealed record NoteSummaryResponse(
    long Id, long CustomerId, string CustomerName, string NoteType, string Subject, string AuthorId, bool IsTicket, string? AssigneeId,
    TicketPriority? Priority, TicketStatus? Status, DateOnly? Due, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static NoteSummaryResponse From(NoteSummary n) => new(
        n.Id, n.CustomerId, n.CustomerName, n.NoteType, n.Subject, n.AuthorId, n.IsTicket, n.AssigneeId, n.Priority, n.Status, n.Due,
        n.CreatedAt, n.UpdatedAt);
}
