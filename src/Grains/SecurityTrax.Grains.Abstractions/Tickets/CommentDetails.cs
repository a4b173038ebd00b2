namespace SecurityTrax.Tickets;

[GenerateSerializer, Immutable, Alias("SecurityTrax.CommentDetails")]
public sealed record CommentDetails(
    [property: Id(0)] int Id,
    [property: Id(1)] string AuthorId,
    [property: Id(2)] string AuthorName,
    [property: Id(3)] string Body,
    [property: Id(4)] DateTimeOffset CreatedAt);
