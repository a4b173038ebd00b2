namespace SecurityTrax.Messages;

/// <summary>A campaign in the company's list, with its messages by delivery status.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CampaignSummary")]
public sealed record CampaignSummary(
    [property: Id(0)] long Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int TemplateId,
    [property: Id(3)] string TemplateName,
    [property: Id(4)] CampaignStatus Status,
    [property: Id(5)] DateTimeOffset SendAt,
    [property: Id(6)] int Dispatched,
    [property: Id(7)] int Skipped,
    [property: Id(8)] Dictionary<MessageStatus, int> Counts,
    [property: Id(9)] string CreatedByName,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset? StartedAt,
    [property: Id(12)] DateTimeOffset? CompletedAt);
