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
}
