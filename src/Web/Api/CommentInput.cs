namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>POST /api/v1/notes/{id}/comments</c>.</summary>
public sealed record CommentInput(string? Body);
