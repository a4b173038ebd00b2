using SecurityTrax.Notifications;

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

    /// <summary>The data as text by key: only in entries stored before payloads were typed (kept so they still load).</summary>
    public Dictionary<string, string> Data { get; set; } = [];

    /// <summary>The typed data; null in entries stored before it existed.</summary>
    public NotificationPayload? Payload { get; set; }

    /// <summary>The data as sent, from whichever form this entry was stored in.</summary>
    public NotificationPayload TypedPayload() => Payload ?? StoredNotificationData.FromText(Data);
}
