namespace SecurityTrax.Tickets;

/// <summary>What a note says: its type from the company's catalogue, an optional subject, and the body.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.NoteInput")]
public sealed record NoteInput(
    [property: Id(0)] string NoteType,
    [property: Id(1)] string? Subject,
    [property: Id(2)] string Body);
