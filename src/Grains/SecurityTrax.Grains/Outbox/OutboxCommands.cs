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

    // All history rows of a batch in one statement: per-statement work, not per-row work, is what a batch pays for most.
    private const string InsertHistory = """
        INSERT INTO history (tenant_id, id, occurred_at, subject_type, subject_id, entity_type, entity_id, action,
                             field, old_value, new_value, actor_id, actor_name, source, client_ip, correlation_id)
        SELECT * FROM unnest($1::text[], $2::uuid[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                             $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
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
            new NpgsqlParameter { Value = JsonSerializer.Serialize(n.TypedPayload()), NpgsqlDbType = NpgsqlDbType.Jsonb },
            n.CreatedAt));

    /// <summary>Everything else: history (one statement for all), security-log rows and read-model upserts; none answers rows.</summary>
    public IEnumerable<NpgsqlBatchCommand> Rows(IReadOnlyList<(string Tenant, OutboxState Outbox)> outboxes)
    {
        var history = outboxes.SelectMany(o => o.Outbox.History.Select(h => (o.Tenant, Row: h))).ToList();
        if (history.Count > 0)
        {
            yield return OutboxWriter.Command(
                InsertHistory,
                Column(history, h => h.Tenant), Column(history, h => h.Row.Id), Column(history, h => h.Row.OccurredAt),
                Column(history, h => h.Row.SubjectType), Column(history, h => h.Row.SubjectId), Column(history, h => h.Row.EntityType),
                Column(history, h => h.Row.EntityId), Column(history, h => h.Row.Action), Column(history, h => h.Row.Field),
                Column(history, h => h.Row.OldValue), Column(history, h => h.Row.NewValue), Column(history, h => h.Row.ActorId),
                Column(history, h => h.Row.ActorName), Column(history, h => h.Row.Source), Column(history, h => h.Row.ClientIp),
                Column(history, h => h.Row.CorrelationId));
        }

        foreach (var (tenant, outbox) in outboxes)
        {
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

    private static T[] Column<T>(List<(string Tenant, HistoryEntry Row)> rows, Func<(string Tenant, HistoryEntry Row), T> value) =>
        [.. rows.Select(value)];
}
