namespace SecurityTrax.Messages;

/// <summary>A stored template; <see cref="SystemKind"/> is set on the templates the system itself sends.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TemplateDetails")]
public sealed record TemplateDetails(
    [property: Id(0)] int Id,
    [property: Id(1)] string Name,
    [property: Id(2)] MessageChannel Channel,
    [property: Id(3)] string? Subject,
    [property: Id(4)] string? HtmlBody,
    [property: Id(5)] string? TextBody,
    [property: Id(6)] bool IsDynamic,
    [property: Id(7)] string? SystemKind,
    [property: Id(8)] int Version,
    [property: Id(9)] DateTimeOffset UpdatedAt);
