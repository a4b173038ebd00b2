namespace SecurityTrax.Tickets;

public sealed class CommentRecord
{
    public int Id { get; set; }

    public string AuthorId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
