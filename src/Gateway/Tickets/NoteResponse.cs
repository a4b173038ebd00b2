using SecurityTrax.Tickets;

namespace SecurityTrax.Gateway.Tickets;

public sealed record NoteResponse(
    long Id, long CustomerId, string CustomerName, string NoteType, string? Subject, string Body, string AuthorId, string AuthorName,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool IsTicket, TicketResponse? Ticket)
{
    public static NoteResponse From(NoteDetails n) => new(
        n.Id, n.CustomerId, n.CustomerName, n.Note.NoteType, n.Note.Subject, n.Note.Body, n.AuthorId, n.AuthorName, n.CreatedAt, n.UpdatedAt,
        n.Ticket is not null,
        n.Ticket is { } t
            ? new TicketResponse(t.AssigneeId, t.AssigneeName, t.Due, t.Priority, t.Status, t.ClosedAt,
                [.. t.Comments.Select(c => new CommentResponse(c.Id, c.AuthorId, c.AuthorName, c.Body, c.CreatedAt))])
            : null);
}
