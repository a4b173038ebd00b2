using System.Text.Json;
using Npgsql;
using SecurityTrax.Outbox;

namespace SecurityTrax.Messages;

/// <summary>Writes <see cref="MessageRow"/>s into <c>message_list</c>, keeping only the newest version.</summary>
public sealed class MessageListProjection : IReadModelProjection
{
    private const string Sql = """
        INSERT INTO message_list (tenant_id, message_id, version, customer_id, campaign_id, channel, template_id, template_name,
                                  subject, to_address, status, reason, sent_by_id, sent_by_name, created_at, updated_at,
                                  sent_at, next_attempt_at, number)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
        ON CONFLICT (tenant_id, message_id) DO UPDATE SET
            version = excluded.version, status = excluded.status, reason = excluded.reason, updated_at = excluded.updated_at,
            sent_at = excluded.sent_at, next_attempt_at = excluded.next_attempt_at,
            number = COALESCE(excluded.number, message_list.number)
        WHERE message_list.version < excluded.version
        """;

    public string Kind => MessageRow.Kind;

    public NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert)
    {
        var row = JsonSerializer.Deserialize<MessageRow>(upsert.Json)
            ?? throw new InvalidOperationException($"Empty message row for {upsert.Id}.");
        return OutboxWriter.Command(
            Sql, tenant, row.MessageId, upsert.Version, row.CustomerId, row.CampaignId, row.Channel, row.TemplateId, row.TemplateName,
            row.Subject, row.To, row.Status, row.Reason, row.SentById, row.SentByName, row.CreatedAt, row.UpdatedAt,
            row.SentAt, row.NextAttemptAt, row.Number);
    }
}
