using SecurityTrax.Identity;
using SecurityTrax.Notifications;

namespace SecurityTrax.Outbox;

/// <summary>Side effects recorded in a grain's state together with the change that caused them (DESIGN §4).</summary>
public sealed class OutboxState
{
    public List<HistoryEntry> History { get; set; } = [];

    public List<SecurityEntry> Security { get; set; } = [];

    public List<NotificationEntry> Notifications { get; set; } = [];

    public List<ReadModelUpsert> ReadModels { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => History.Count == 0 && Security.Count == 0 && Notifications.Count == 0 && ReadModels.Count == 0;

    public void RecordSecurity(
        DateTimeOffset at, Caller actor, string kind, string? userId, string? userName, string? detail = null) =>
        Security.Add(new SecurityEntry
        {
            Id = Guid.NewGuid(),
            OccurredAt = at,
            Kind = kind,
            UserId = userId,
            UserName = userName,
            ActorId = actor.UserId,
            ActorName = actor.UserName,
            ClientIp = actor.ClientIp,
            Detail = detail,
        });

    public void Notify(
        DateTimeOffset at, string userId, string kind, string title, string? body, NotificationPayload? data = null) =>
        Notifications.Add(new NotificationEntry
        {
            Id = Guid.NewGuid(),
            CreatedAt = at,
            UserId = userId,
            Kind = kind,
            Title = title,
            Body = body,
            Payload = data ?? new NotificationPayload(),
        });

    public void Clear()
    {
        History.Clear();
        Security.Clear();
        Notifications.Clear();
        ReadModels.Clear();
    }

    public HistoryRecorder HistoryOf(Caller actor, DateTimeOffset at, string subjectType, string subjectId) =>
        new(this, actor, at, subjectType, subjectId);

    /// <summary>Replaces any pending upsert of the same row: only the newest version matters.</summary>
    public void Project(string kind, string id, int version, string json)
    {
        ReadModels.RemoveAll(r => r.Kind == kind && r.Id == id);
        ReadModels.Add(new ReadModelUpsert { Kind = kind, Id = id, Version = version, Json = json });
    }
}
