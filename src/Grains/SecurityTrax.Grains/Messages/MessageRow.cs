namespace SecurityTrax.Messages;

/// <summary>The message-list read-model row (Messages tab, campaign progress, the delivery sweeper).</summary>
public sealed record MessageRow(
    string MessageId,
    long CustomerId,
    long? CampaignId,
    string Channel,
    int? TemplateId,
    string? TemplateName,
    string? Subject,
    string To,
    string Status,
    string? Reason,
    string SentById,
    string SentByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? NextAttemptAt,
    long? Number = null)
{
    public const string Kind = "message";
}
