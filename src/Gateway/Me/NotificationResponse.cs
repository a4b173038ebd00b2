using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Me;

/// <summary>
/// An inbox item or live push. <c>id</c> is its place in the user's inbox, the same number as <c>sequence</c>;
/// <c>data</c> is typed where the notification is made (ids and counts numbers, amounts money) and written as it comes;
/// <c>read</c> is whether it is at or before the user's read mark (a live push is new, so unread).
/// </summary>
public sealed record NotificationResponse(
    long Sequence, long Id, string Kind, string Title, string? Body, NotificationPayload Data, DateTimeOffset CreatedAt, bool Read)
{
    public static NotificationResponse From(NotificationDetails n) => From(n, 0);

    public static NotificationResponse From(NotificationDetails n, long readUpTo) =>
        new(n.Sequence, n.Sequence, n.Kind, n.Title, n.Body, n.Data, n.CreatedAt, n.Sequence <= readUpTo);
}
