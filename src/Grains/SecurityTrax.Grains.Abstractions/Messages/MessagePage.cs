namespace SecurityTrax.Messages;

[GenerateSerializer, Immutable, Alias("SecurityTrax.MessagePage")]
public sealed record MessagePage(
    [property: Id(0)] MessageSummary[] Items,
    [property: Id(1)] string? NextCursor);
