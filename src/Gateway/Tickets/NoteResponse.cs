using SecurityTrax.Tickets;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Tickets;

public sealed record NoteResponse(
    long Id, long CustomerId, string CustomerName, string NoteType, string? Subject, string Body, long? AuthorId, string AuthorName,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool IsTicket, TicketResponse? Ticket)
{
    public static NoteResponse From(NoteDetails n) => new(
        n.Id, n.CustomerId, n.CustomerName, n.Note.NoteType, n.Note.Subject, n.Note.Body, UserIds.Number(n.AuthorId), n.AuthorName, n.CreatedAt, n.UpdatedAt,
        n.Ticket is not null,
        n.Ticket is { } t
            ? new TicketResponse(UserIds.Of(t.AssigneeId), t.AssigneeName, t.Due, t.Priority, t.Status, t.ClosedAt,
                [.. t.Comments.Select(c => new CommentResponse(c.Id, UserIds.Number(c.AuthorId), c.AuthorName, c.Body, c.CreatedAt))])
            : null);
}
