namespace SecurityTrax.Gateway.Tickets;

public sealed record CommentResponse(int Id, long? AuthorId, string AuthorName, string Body, DateTimeOffset CreatedAt);
