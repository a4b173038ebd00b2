using SecurityTrax.Outbox;

namespace SecurityTrax.Tickets;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class NoteState : IHasOutbox
{
    public bool Exists { get; set; }

    public bool Deleted { get; set; }

    public long CustomerId { get; set; }

    public string CustomerName { get; set; } = "";

    public NoteInput? Note { get; set; }

    public string AuthorId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsTicket { get; set; }

    public string? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    public DateOnly? Due { get; set; }

    public TicketPriority Priority { get; set; } = TicketPriority.Normal;

    public TicketStatus Status { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public List<CommentRecord> Comments { get; set; } = [];

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
