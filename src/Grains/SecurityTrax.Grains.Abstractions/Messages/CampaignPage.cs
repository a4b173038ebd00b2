namespace SecurityTrax.Messages;

[GenerateSerializer, Immutable, Alias("SecurityTrax.CampaignPage")]
public sealed record CampaignPage(
    [property: Id(0)] CampaignSummary[] Items,
    [property: Id(1)] string? NextCursor);
