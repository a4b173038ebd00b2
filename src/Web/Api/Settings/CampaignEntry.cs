namespace SecurityTrax.Web.Api.Settings;

/// <summary>A campaign of the list: status, schedule, recipients reached and skipped, messages by status.</summary>
public sealed record CampaignEntry(
    long Id, string Name, int TemplateId, string TemplateName, string Status, DateTimeOffset SendAt, int Dispatched, int Skipped,
    Dictionary<string, int> Counts, string CreatedByName, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt);
