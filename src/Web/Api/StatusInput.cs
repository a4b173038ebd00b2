namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>POST /api/v1/notes/{id}/status</c>: open, in_progress or closed.</summary>
public sealed record StatusInput(string Status);
