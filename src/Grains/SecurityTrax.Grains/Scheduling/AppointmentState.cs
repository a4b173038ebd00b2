using SecurityTrax.Outbox;

namespace SecurityTrax.Scheduling;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class AppointmentState : IHasOutbox
{
    public bool Exists { get; set; }

    public long CustomerId { get; set; }

    public string CustomerName { get; set; } = "";

    public AppointmentInput? Booking { get; set; }

    public AppointmentStatus Status { get; set; }

    public string? CancelReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    /// <summary>The calendar revision <see cref="Booking"/> holds.</summary>
    public int Revision { get; set; }

    /// <summary>The last revision handed out, so a failed attempt's number is never reused.</summary>
    public int LastRevision { get; set; }

    /// <summary>A reservation under way (written before any calendar is asked), so an interrupted one can be released.</summary>
    public int? PendingRevision { get; set; }

    public AppointmentInput? Pending { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
