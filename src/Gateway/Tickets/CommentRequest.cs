namespace SecurityTrax.Gateway.Tickets;

public sealed record CommentRequest(string? Body);
