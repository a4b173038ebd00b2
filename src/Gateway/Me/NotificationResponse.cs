using SecurityTrax.Gateway.Realtime;
using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Me;

/// <summary>An inbox item or live push; <c>data</c> holds ids and counts as numbers and amounts as money.</summary>
public sealed record NotificationResponse(
    long Sequence, Guid Id, string Kind, string Title, string? Body, IReadOnlyDictionary<string, object?> Data, DateTimeOffset CreatedAt)
{
    public static NotificationResponse From(NotificationDetails n) =>
        new(n.Sequence, n.Id, n.Kind, n.Title, n.Body, NotificationData.Typed(n.Data), n.CreatedAt);
}
