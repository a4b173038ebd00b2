namespace SecurityTrax.Tickets;

/// <summary>The note-list and ticket-queue read-model row.</summary>
public sealed record NoteRow(
    long NoteId,
    long CustomerId,
    string CustomerName,
    bool Deleted,
    string NoteType,
    string Subject,
    string AuthorId,
    bool IsTicket,
    string? AssigneeId,
    string? Priority,
    string? Status,
    DateOnly? Due,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public const string Kind = "note";
}
