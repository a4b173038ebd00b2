namespace SecurityTrax.Gateway.Tickets;

public sealed record CommentResponse(int Id, string AuthorId, string AuthorName, string Body, DateTimeOffset CreatedAt);
