namespace SecurityTrax.Outbox;

/// <summary>One history row waiting in a grain's outbox; its id makes redelivery harmless.</summary>
public sealed class HistoryEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string SubjectType { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    public string Action { get; set; } = "";

    public string? Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    public string Source { get; set; } = "";

    public string? ClientIp { get; set; }

    public string? CorrelationId { get; set; }
}
