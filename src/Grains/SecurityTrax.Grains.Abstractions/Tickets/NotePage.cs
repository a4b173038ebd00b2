namespace SecurityTrax.Tickets;

[GenerateSerializer, Immutable, Alias("SecurityTrax.NotePage")]
public sealed record NotePage([property: Id(0)] NoteSummary[] Items, [property: Id(1)] string? NextCursor);
