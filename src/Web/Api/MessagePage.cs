namespace SecurityTrax.Web.Api;

/// <summary><c>GET /api/v1/customers/{id}/messages</c>: newest first, with the cursor of the next page.</summary>
public sealed record MessagePage(MessageSummary[] Items, string? NextCursor);
