using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using SecurityTrax.Messages;

namespace SecurityTrax.Silo.Maintenance;

/// <summary>Wakes messages whose retry is due and attempts that stalled in a crashed silo.</summary>
/// <remarks>
/// The message-list read model says which messages wait; each grain decides for itself from its own state, so
/// every silo can run this and two sweeps of one message do no harm.
/// </remarks>
public sealed partial class MessageDeliverySweeper(
    NpgsqlDataSource database,
    IGrainFactory grains,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    ILogger<MessageDeliverySweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(15);
    private const int Batch = 500;

    /// <summary>One sweep; returns how many messages were woken.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var command = database.CreateCommand("""
            SELECT tenant_id, message_id FROM message_list
            WHERE (status = 'queued' AND next_attempt_at <= $1) OR (status = 'sending' AND updated_at <= $2)
            ORDER BY updated_at LIMIT $3
            """);
        command.Parameters.Add(new() { Value = now });
        command.Parameters.Add(new() { Value = now - RetryPolicy.StalledAfter });
        command.Parameters.Add(new() { Value = Batch });
        var due = new List<(string Tenant, string Id)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                due.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (tenant, id) in due)
        {
            await grains.GetGrain<IMessageGrain>(GrainKeys.For(tenant, id)).ResumeAsync();
        }

        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first tick comes after a full period, when the silo is serving.
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSweepFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping pending messages failed; trying again at the next tick")]
    private partial void LogSweepFailed(Exception exception);
}
