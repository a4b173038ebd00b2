namespace SecurityTrax.Messages;

/// <summary>A template merged for one recipient.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RenderedMessage")]
public sealed record RenderedMessage(
    [property: Id(0)] string? Subject,
    [property: Id(1)] string? Html,
    [property: Id(2)] string Text);
