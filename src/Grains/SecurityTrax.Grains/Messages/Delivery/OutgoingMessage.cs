namespace SecurityTrax.Messages.Delivery;

/// <summary>A rendered message on its way to a provider.</summary>
public sealed record OutgoingMessage(
    string Tenant,
    string MessageId,
    string To,
    string? Subject,
    string? Html,
    string Text,
    IReadOnlyList<MessageAttachment> Attachments);
