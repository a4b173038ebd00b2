using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

public sealed record CampaignResponse(
    long Id, string Name, int TemplateId, string TemplateName, CampaignAudienceDto Audience, CampaignStatus Status,
    DateTimeOffset SendAt, int Dispatched, int Skipped, Dictionary<string, int> Counts, string CreatedByName,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt)
{
    public static CampaignResponse From(CampaignDetails c) => new(
        c.Id, c.Name, c.TemplateId, c.TemplateName, new CampaignAudienceDto(c.Audience.Tag, c.Audience.Stage, c.Audience.CustomerIds),
        c.Status, c.SendAt, c.Dispatched, c.Skipped, c.Counts.ToDictionary(p => p.Key.ToString().ToLowerInvariant(), p => p.Value),
        c.CreatedByName, c.CreatedAt, c.StartedAt, c.CompletedAt);
}
