namespace SecurityTrax.Messages;

/// <summary>What an admin writes for a template. SMS templates use <see cref="TextBody"/> only.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TemplateInput")]
public sealed record TemplateInput(
    [property: Id(0)] string Name,
    [property: Id(1)] MessageChannel Channel,
    [property: Id(2)] string? Subject,
    [property: Id(3)] string? HtmlBody,
    [property: Id(4)] string? TextBody,
    [property: Id(5)] bool IsDynamic);
