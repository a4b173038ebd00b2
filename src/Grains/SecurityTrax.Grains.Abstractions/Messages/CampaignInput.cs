namespace SecurityTrax.Messages;

/// <summary>A campaign to create; without <see cref="SendAt"/> it starts at once.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CampaignInput")]
public sealed record CampaignInput(
    [property: Id(0)] string Name,
    [property: Id(1)] int TemplateId,
    [property: Id(2)] CampaignAudience Audience,
    [property: Id(3)] DateTimeOffset? SendAt);
