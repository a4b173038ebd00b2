namespace SecurityTrax.Tickets;

/// <summary>What a note shows: its list row and its details.</summary>
public static class NoteViews
{
    public static NoteRow Row(long number, NoteState s) => new(
        number, s.CustomerId, s.CustomerName, s.Deleted, s.Note!.NoteType, NoteRules.SubjectOf(s.Note), s.AuthorId,
        s.IsTicket, s.IsTicket ? s.AssigneeId : null, s.IsTicket ? NoteChanges.Name(s.Priority) : null,
        s.IsTicket ? NoteChanges.Name(s.Status) : null, s.IsTicket ? s.Due : null, s.CreatedAt, s.UpdatedAt);

    public static NoteDetails Details(long number, NoteState s) => new(
        number, s.CustomerId, s.CustomerName, s.Note!, s.AuthorId, s.AuthorName, s.CreatedAt, s.UpdatedAt,
        s.IsTicket
            ? new TicketDetails(
                s.AssigneeId!, s.AssigneeName!, s.Due, s.Priority, s.Status, s.ClosedAt,
                [.. s.Comments.Select(c => new CommentDetails(c.Id, c.AuthorId, c.AuthorName, c.Body, c.CreatedAt))])
            : null,
        s.Version);
}
