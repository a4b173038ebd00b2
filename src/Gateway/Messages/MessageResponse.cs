using SecurityTrax.Messages;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Messages;

public sealed record MessageResponse(
    string Id, long CustomerId, MessageChannel Channel, int? TemplateId, string? TemplateName, string? Subject, string To,
    MessageStatus Status, string? Reason, string? Provider, string? ProviderMessageId, int Attempts, long? SentById,
    string SentByName, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, long? CampaignId, string? Html, string Text,
    string[] Attachments)
{
    public static MessageResponse From(MessageDetails m) => new(
        m.Id, m.CustomerId, m.Channel, m.TemplateId, m.TemplateName, m.Subject, m.To, m.Status, m.Reason, m.Provider,
        m.ProviderMessageId, m.Attempts, UserIds.Number(m.SentById), m.SentByName, m.CreatedAt, m.SentAt, m.CampaignId, m.Html, m.Text,
        m.AttachmentNames);
}
