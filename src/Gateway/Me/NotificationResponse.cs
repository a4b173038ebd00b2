using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Me;

public sealed record NotificationResponse(
    long Sequence, Guid Id, string Kind, string Title, string? Body, IReadOnlyDictionary<string, string> Data, DateTimeOffset CreatedAt)
{
    public static NotificationResponse From(NotificationDetails n) => new(n.Sequence, n.Id, n.Kind, n.Title, n.Body, n.Data, n.CreatedAt);
}
