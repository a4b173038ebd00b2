using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace SecurityTrax.Outbox;

/// <summary>The insert commands of an outbox: notifications (which answer their inbox sequence), history, security log, read models.</summary>
public sealed class OutboxCommands(IEnumerable<IReadModelProjection> projections)
{
    private const string InsertNotification = """
        WITH inserted AS (
            INSERT INTO notifications (tenant_id, id, user_id, kind, title, body, data, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (tenant_id, id) DO NOTHING
            RETURNING seq
        )
        SELECT seq FROM inserted
        """;

    private const string InsertHistory = """
        INSERT INTO history (tenant_id, id, occurred_at, subject_type, subject_id, entity_type, entity_id, action,
                             field, old_value, new_value, actor_id, actor_name, source, client_ip, correlation_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        ON CONFLICT (tenant_id, id) DO NOTHING
        """;

    private const string InsertSecurity = """
        INSERT INTO security_log (tenant_id, id, occurred_at, kind, user_id, user_name, actor_id, actor_name, client_ip, detail)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        ON CONFLICT (tenant_id, id) DO NOTHING
        """;

    private readonly Dictionary<string, IReadModelProjection> _projections = projections.ToDictionary(p => p.Kind, StringComparer.Ordinal);

    /// <summary>One command per notification, in order; each answers one row (its sequence) if it was inserted now.</summary>
    public IEnumerable<NpgsqlBatchCommand> Notifications(string tenant, OutboxState outbox) =>
        outbox.Notifications.Select(n => OutboxWriter.Command(
            InsertNotification, tenant, n.Id, n.UserId, n.Kind, n.Title, n.Body,
            new NpgsqlParameter { Value = JsonSerializer.Serialize(n.Data), NpgsqlDbType = NpgsqlDbType.Jsonb },
            n.CreatedAt));

    /// <summary>Everything else: history, security-log rows and read-model upserts, none of which answers rows.</summary>
    public IEnumerable<NpgsqlBatchCommand> Rows(string tenant, OutboxState outbox)
    {
        foreach (var h in outbox.History)
        {
            yield return OutboxWriter.Command(
                InsertHistory, tenant, h.Id, h.OccurredAt, h.SubjectType, h.SubjectId, h.EntityType, h.EntityId, h.Action,
                h.Field, h.OldValue, h.NewValue, h.ActorId, h.ActorName, h.Source, h.ClientIp, h.CorrelationId);
        }

        foreach (var s in outbox.Security)
        {
            yield return OutboxWriter.Command(
                InsertSecurity, tenant, s.Id, s.OccurredAt, s.Kind, s.UserId, s.UserName, s.ActorId, s.ActorName, s.ClientIp, s.Detail);
        }

        foreach (var r in outbox.ReadModels)
        {
            var projection = _projections.GetValueOrDefault(r.Kind)
                ?? throw new InvalidOperationException($"No read-model projection for '{r.Kind}'.");
            yield return projection.Upsert(tenant, r);
        }
    }
}
