using SecurityTrax.Messages;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Messages;

/// <summary>A message; <c>id</c> is its number.</summary>
public sealed record MessageResponse(
    long Id, long CustomerId, MessageChannel Channel, int? TemplateId, string? TemplateName, string? Subject, string To,
    MessageStatus Status, string? Reason, string? Provider, string? ProviderMessageId, int Attempts, long? SentById,
    string SentByName, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, long? CampaignId, string? Html, string Text,
    string[] Attachments)
{
    public static MessageResponse From(MessageDetails m) => new(
        m.Number, m.CustomerId, m.Channel, m.TemplateId, m.TemplateName, m.Subject, m.To, m.Status, m.Reason, m.Provider,
        m.ProviderMessageId, m.Attempts, UserIds.Number(m.SentById), m.SentByName, m.CreatedAt, m.SentAt, m.CampaignId, m.Html, m.Text,
        m.AttachmentNames);
}
