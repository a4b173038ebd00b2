using SecurityTrax.Outbox;

namespace SecurityTrax.Messages;

public sealed class MessageState : IHasOutbox
{
    public bool Exists { get; set; }

    /// <summary>The message's public number (0 in state stored before messages had one); the grain key stays the send's once-only key.</summary>
    public long Number { get; set; }

    public long CustomerId { get; set; }

    public MessageChannel Channel { get; set; }

    public int? TemplateId { get; set; }

    public string? TemplateName { get; set; }

    public long? CampaignId { get; set; }

    public string To { get; set; } = "";

    public string? Subject { get; set; }

    public string? Html { get; set; }

    public string Text { get; set; } = "";

    public List<MessageAttachment> Attachments { get; set; } = [];

    public MessageStatus Status { get; set; }

    public string? Reason { get; set; }

    public string? Provider { get; set; }

    public string? ProviderMessageId { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? AttemptStartedAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string SentById { get; set; } = "";

    public string SentByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
