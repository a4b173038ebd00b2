namespace SecurityTrax.Messages.Campaigns;

/// <summary>The campaign-list read-model row.</summary>
public sealed record CampaignRow(
    long CampaignId,
    string Name,
    int TemplateId,
    string TemplateName,
    string Status,
    DateTimeOffset SendAt,
    int Dispatched,
    int Skipped,
    string CreatedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt)
{
    public const string Kind = "campaign";
}
