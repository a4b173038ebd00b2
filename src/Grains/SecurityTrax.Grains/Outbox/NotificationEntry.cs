namespace SecurityTrax.Outbox;

/// <summary>One notification for one user, waiting in a grain's outbox.</summary>
public sealed class NotificationEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string UserId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Body { get; set; }

    public Dictionary<string, string> Data { get; set; } = [];
}
