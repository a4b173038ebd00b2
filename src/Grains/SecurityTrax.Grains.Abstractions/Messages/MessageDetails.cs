namespace SecurityTrax.Messages;

/// <summary>A message; <see cref="Id"/> is its grain key (the once-only key of the send), <see cref="Number"/> its public id.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.MessageDetails")]
public sealed record MessageDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] MessageChannel Channel,
    [property: Id(3)] int? TemplateId,
    [property: Id(4)] string? TemplateName,
    [property: Id(5)] string? Subject,
    [property: Id(6)] string To,
    [property: Id(7)] MessageStatus Status,
    [property: Id(8)] string? Reason,
    [property: Id(9)] string? Provider,
    [property: Id(10)] string? ProviderMessageId,
    [property: Id(11)] int Attempts,
    [property: Id(12)] string SentById,
    [property: Id(13)] string SentByName,
    [property: Id(14)] DateTimeOffset CreatedAt,
    [property: Id(15)] DateTimeOffset? SentAt,
    [property: Id(16)] long? CampaignId,
    [property: Id(17)] string? Html,
    [property: Id(18)] string Text,
    [property: Id(19)] string[] AttachmentNames,
    [property: Id(20)] long Number);
