using SecurityTrax.Outbox;

namespace SecurityTrax.Messages.Campaigns;

public sealed class CampaignState : IHasOutbox
{
    public bool Exists { get; set; }

    public string Name { get; set; } = "";

    public int TemplateId { get; set; }

    public string TemplateName { get; set; } = "";

    public CampaignAudience Audience { get; set; } = new(null, null, null);

    public CampaignStatus Status { get; set; }

    public DateTimeOffset SendAt { get; set; }

    /// <summary>Where the walk through the audience stands: a customer-list cursor, or an index into the listed ids.</summary>
    public string? Cursor { get; set; }

    public int NextIndex { get; set; }

    public int Dispatched { get; set; }

    public int Skipped { get; set; }

    public string? LastSkipReason { get; set; }

    public string CreatedById { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int Version { get; set; }

    /// <summary>Version of the campaign-list row: every stored change, batches included.</summary>
    public int ListVersion { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
