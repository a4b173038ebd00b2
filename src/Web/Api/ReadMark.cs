namespace SecurityTrax.Web.Api;

/// <summary><c>GET/POST /api/v1/me/notifications/read</c>: how far the user has read their inbox, and how many are unread.</summary>
public sealed record ReadMark(long ReadUpTo, int Unread);
