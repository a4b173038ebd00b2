using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Me;

/// <summary>
/// An inbox item or live push. <c>id</c> is its place in the user's inbox, the same number as <c>sequence</c>;
/// <c>data</c> is typed where the notification is made (ids and counts numbers, amounts money) and written as it comes.
/// </summary>
public sealed record NotificationResponse(
    long Sequence, long Id, string Kind, string Title, string? Body, NotificationPayload Data, DateTimeOffset CreatedAt)
{
    public static NotificationResponse From(NotificationDetails n) =>
        new(n.Sequence, n.Sequence, n.Kind, n.Title, n.Body, n.Data, n.CreatedAt);
}
