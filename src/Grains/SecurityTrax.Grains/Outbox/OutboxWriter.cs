using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using SecurityTrax.Notifications;

namespace SecurityTrax.Outbox;

/// <summary>Delivers a grain's outbox to PostgreSQL in one batch, then pushes new notifications live.</summary>
/// <remarks>
/// Every row carries the id it was given when recorded, and inserts skip existing ids, so delivering the
/// same outbox twice (after a crash, or on the next activation) changes nothing. Only notifications this
/// delivery actually inserted are pushed, so a redelivery never pushes twice.
/// </remarks>
public sealed partial class OutboxWriter(
    NpgsqlDataSource database, IGrainFactory grains, IEnumerable<IReadModelProjection> projections, ILogger<OutboxWriter> logger)
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

    public async Task DeliverAsync(string tenant, OutboxState outbox)
    {
        if (outbox.IsEmpty)
        {
            return;
        }

        // One batch is one implicit transaction: all rows land, or none do and the outbox stays as it is.
        await using var batch = database.CreateBatch();
        foreach (var n in outbox.Notifications)
        {
            batch.BatchCommands.Add(Command(
                InsertNotification, tenant, n.Id, n.UserId, n.Kind, n.Title, n.Body,
                new NpgsqlParameter { Value = JsonSerializer.Serialize(n.Data), NpgsqlDbType = NpgsqlDbType.Jsonb },
                n.CreatedAt));
        }

        foreach (var h in outbox.History)
        {
            batch.BatchCommands.Add(Command(
                InsertHistory, tenant, h.Id, h.OccurredAt, h.SubjectType, h.SubjectId, h.EntityType, h.EntityId, h.Action,
                h.Field, h.OldValue, h.NewValue, h.ActorId, h.ActorName, h.Source, h.ClientIp, h.CorrelationId));
        }

        foreach (var s in outbox.Security)
        {
            batch.BatchCommands.Add(Command(
                InsertSecurity, tenant, s.Id, s.OccurredAt, s.Kind, s.UserId, s.UserName, s.ActorId, s.ActorName, s.ClientIp, s.Detail));
        }

        foreach (var r in outbox.ReadModels)
        {
            var projection = _projections.GetValueOrDefault(r.Kind)
                ?? throw new InvalidOperationException($"No read-model projection for '{r.Kind}'.");
            batch.BatchCommands.Add(projection.Upsert(tenant, r));
        }

        var fresh = new List<NotificationDetails>();
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            foreach (var n in outbox.Notifications)
            {
                if (await reader.ReadAsync())
                {
                    fresh.Add(new NotificationDetails(
                        tenant, n.UserId, reader.GetInt64(0), n.Id, n.Kind, n.Title, n.Body, n.Data, n.CreatedAt));
                }

                await reader.NextResultAsync();
            }
        }

        outbox.Clear();
        await PushAsync(tenant, fresh);
    }

    // The inbox row is the durable copy; a push that fails only delays the user until the next inbox read.
    private async Task PushAsync(string tenant, List<NotificationDetails> fresh)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        try
        {
            await grains.GetGrain<INotificationHubGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id))
                .PublishAsync([.. fresh]);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            LogPushFailed(e, tenant, fresh.Count);
        }
    }

    public static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live push of {Count} notifications for tenant {Tenant} failed; they wait in the inbox")]
    private partial void LogPushFailed(Exception exception, string tenant, int count);
}
