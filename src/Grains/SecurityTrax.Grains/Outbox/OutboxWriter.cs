using Microsoft.Extensions.Logging;
using Npgsql;
using SecurityTrax.Notifications;
using SecurityTrax.Persistence;

namespace SecurityTrax.Outbox;

/// <summary>Delivers grains' outboxes to PostgreSQL, many grains' in one transaction, then pushes new notifications live.</summary>
/// <remarks>
/// Every row carries the id it was given when recorded, and inserts skip existing ids, so delivering the
/// same outbox twice (after a crash, or on the next activation) changes nothing. Only notifications this
/// delivery actually inserted are pushed, so a redelivery never pushes twice.
/// Deliveries that arrive while earlier ones are being written wait in a queue and go together in the next
/// batch (one round trip and one commit for all of them; <see cref="BatchQueue{TItem, TResult}"/>): under load the
/// commits, not the rows, are what PostgreSQL pays for. A grain's delivery still completes only after its rows are committed.
/// </remarks>
public sealed partial class OutboxWriter(
    NpgsqlDataSource database, IGrainFactory grains, IEnumerable<IReadModelProjection> projections, ILogger<OutboxWriter> logger)
{
    /// <summary>At most this many batches are written at once.</summary>
    private const int MaxWriters = 2;

    /// <summary>A batch stops taking more outboxes past this many commands.</summary>
    private const int MaxCommands = 2000;

    private readonly OutboxCommands _commands = new(projections);
    private BatchQueue<Delivery, List<NotificationDetails>>? _queue;

    private BatchQueue<Delivery, List<NotificationDetails>> Queue => LazyInitializer.EnsureInitialized(
        ref _queue, () => new BatchQueue<Delivery, List<NotificationDetails>>(WriteTogetherAsync, MaxWriters, MaxCommands, d => d.Commands));

    public async Task DeliverAsync(string tenant, OutboxState outbox)
    {
        if (outbox.IsEmpty)
        {
            return;
        }

        var fresh = await Queue.WriteAsync(new Delivery(tenant, outbox));
        outbox.Clear();
        await PushAsync(tenant, fresh);
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

    /// <summary>One batch is one implicit transaction: all rows land, or none do and every outbox stays as it is.</summary>
    private async Task<IReadOnlyList<List<NotificationDetails>>> WriteTogetherAsync(List<Delivery> batch)
    {
        await using var command = database.CreateBatch();

        // Notifications first, in order, so their answers can be read back per outbox.
        foreach (var c in batch.SelectMany(d => _commands.Notifications(d.Tenant, d.Outbox))
                     .Concat(_commands.Rows([.. batch.Select(d => (d.Tenant, d.Outbox))])))
        {
            command.BatchCommands.Add(c);
        }

        var fresh = batch.Select(_ => new List<NotificationDetails>()).ToList();
        await using var reader = await command.ExecuteReaderAsync();
        for (var i = 0; i < batch.Count; i++)
        {
            foreach (var n in batch[i].Outbox.Notifications)
            {
                if (await reader.ReadAsync())
                {
                    fresh[i].Add(new NotificationDetails(
                        batch[i].Tenant, n.UserId, reader.GetInt64(0), n.Id, n.Kind, n.Title, n.Body, n.TypedPayload(), n.CreatedAt));
                }

                await reader.NextResultAsync();
            }
        }

        return fresh;
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
            await grains.GetGrain<INotificationPublisherGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id))
                .PublishAsync([.. fresh]);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            LogPushFailed(e, tenant, fresh.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live push of {Count} notifications for tenant {Tenant} failed; they wait in the inbox")]
    private partial void LogPushFailed(Exception exception, string tenant, int count);

    private sealed class Delivery(string tenant, OutboxState outbox)
    {
        public string Tenant => tenant;

        public OutboxState Outbox => outbox;

        public int Commands { get; } = outbox.Notifications.Count + outbox.History.Count + outbox.Security.Count + outbox.ReadModels.Count;
    }
}
