namespace SecurityTrax.Messages;

/// <summary>One row of a customer's Messages tab; <see cref="Id"/> is the grain key, <see cref="Number"/> the public id.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.MessageSummary")]
public sealed record MessageSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] MessageChannel Channel,
    [property: Id(2)] int? TemplateId,
    [property: Id(3)] string? TemplateName,
    [property: Id(4)] string? Subject,
    [property: Id(5)] string To,
    [property: Id(6)] MessageStatus Status,
    [property: Id(7)] string? Reason,
    [property: Id(8)] string SentById,
    [property: Id(9)] string SentByName,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset? SentAt,
    [property: Id(12)] long? CampaignId,
    [property: Id(13)] long Number);
