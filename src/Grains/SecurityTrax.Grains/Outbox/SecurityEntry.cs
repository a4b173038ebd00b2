namespace SecurityTrax.Outbox;

/// <summary>One security-log row waiting in a grain's outbox.</summary>
public sealed class SecurityEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string Kind { get; set; } = "";

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    public string? ClientIp { get; set; }

    public string? Detail { get; set; }
}
