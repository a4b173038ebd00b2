namespace SecurityTrax.Messages;

/// <summary>A campaign and its progress: <see cref="Counts"/> holds its messages by delivery status.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CampaignDetails")]
public sealed record CampaignDetails(
    [property: Id(0)] long Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int TemplateId,
    [property: Id(3)] string TemplateName,
    [property: Id(4)] CampaignAudience Audience,
    [property: Id(5)] CampaignStatus Status,
    [property: Id(6)] DateTimeOffset SendAt,
    [property: Id(7)] int Dispatched,
    [property: Id(8)] int Skipped,
    [property: Id(9)] Dictionary<MessageStatus, int> Counts,
    [property: Id(10)] string CreatedByName,
    [property: Id(11)] DateTimeOffset CreatedAt,
    [property: Id(12)] DateTimeOffset? StartedAt,
    [property: Id(13)] DateTimeOffset? CompletedAt,
    [property: Id(14)] int Version);
