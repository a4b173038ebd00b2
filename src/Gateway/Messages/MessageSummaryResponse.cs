using SecurityTrax.Gateway.Users;
using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

/// <summary>One row of a customer's Messages tab; <c>id</c> is the message's number (<c>GET /api/v1/messages/{id}</c>).</summary>
public sealed record MessageSummaryResponse(
    long Id, MessageChannel Channel, int? TemplateId, string? TemplateName, string? Subject, string To, MessageStatus Status,
    string? Reason, long? SentById, string SentByName, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, long? CampaignId)
{
    public static MessageSummaryResponse From(MessageSummary m) => new(
        m.Number, m.Channel, m.TemplateId, m.TemplateName, m.Subject, m.To, m.Status, m.Reason, UserIds.Number(m.SentById),
        m.SentByName, m.CreatedAt, m.SentAt, m.CampaignId);
}
