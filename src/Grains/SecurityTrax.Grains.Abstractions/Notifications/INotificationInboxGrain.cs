using SecurityTrax.Identity;

namespace SecurityTrax.Notifications;

/// <summary>Reads users' durable inboxes; key <c>{tenant}/inbox</c>, a stateless worker.</summary>
[Alias("SecurityTrax.INotificationInboxGrain")]
public interface INotificationInboxGrain : ITenantGrain
{
    public const string Id = "inbox";

    public const int MaxPage = 200;

    /// <summary>The user's notifications with a sequence above <paramref name="after"/>, oldest first.</summary>
    [Alias("Read")]
    Task<NotificationDetails[]> ReadAsync(string userId, long after, int limit);

    /// <summary>The user's newest notifications with a sequence below <paramref name="before"/> (0: no bound), newest first.</summary>
    [Alias("ReadNewest")]
    Task<NotificationDetails[]> ReadNewestAsync(string userId, long before, int limit);

    /// <summary>The user's read mark, kept on the server so that every browser of the user shows the same unread count.</summary>
    [Alias("ReadMark")]
    Task<InboxReadMark> ReadMarkAsync(string userId);

    /// <summary>
    /// Marks the user's notifications up to <paramref name="upTo"/> read; the mark never moves back, so a repeat or an
    /// older mark changes nothing. Null when <paramref name="upTo"/> is after the user's newest notification.
    /// </summary>
    [Alias("MarkRead")]
    Task<InboxReadMark?> MarkReadAsync(string userId, long upTo);
}
