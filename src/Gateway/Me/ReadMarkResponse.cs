using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Me;

/// <summary>How far the signed-in user has read their inbox (0 when nothing is read) and how many notifications are unread.</summary>
public sealed record ReadMarkResponse(long ReadUpTo, int Unread)
{
    public static ReadMarkResponse From(InboxReadMark mark) => new(mark.ReadUpTo, mark.Unread);
}
