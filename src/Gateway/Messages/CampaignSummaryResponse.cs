using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

/// <summary>A campaign in the list: status, schedule, recipients reached and skipped, messages by status.</summary>
public sealed record CampaignSummaryResponse(
    long Id, string Name, int TemplateId, string TemplateName, CampaignStatus Status, DateTimeOffset SendAt, int Dispatched,
    int Skipped, Dictionary<string, int> Counts, string CreatedByName, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt)
{
    public static CampaignSummaryResponse From(CampaignSummary c) => new(
        c.Id, c.Name, c.TemplateId, c.TemplateName, c.Status, c.SendAt, c.Dispatched, c.Skipped,
        c.Counts.ToDictionary(p => p.Key.ToString().ToLowerInvariant(), p => p.Value), c.CreatedByName, c.CreatedAt, c.StartedAt,
        c.CompletedAt);
}
