namespace SecurityTrax.Notifications;

/// <summary>How far one user has read their inbox (a sequence, 0 when nothing is read) and how many are left unread.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InboxReadMark")]
public sealed record InboxReadMark(
    [property: Id(0)] long ReadUpTo,
    [property: Id(1)] int Unread);
