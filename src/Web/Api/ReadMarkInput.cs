namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>POST /api/v1/me/notifications/read</c>: the newest notification read.</summary>
public sealed record ReadMarkInput(long UpTo);
