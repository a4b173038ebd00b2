using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using SecurityTrax.Idempotency;
using SecurityTrax.Persistence;

namespace SecurityTrax.Silo.Maintenance;

/// <summary>Deletes stored Idempotency-Key answers once they are past their retention.</summary>
/// <remarks>
/// Their grains went idle long before (activations are collected after minutes), so no activation still
/// holds the row's version. Every silo runs it; the deletes are idempotent.
/// </remarks>
public sealed partial class IdempotencyJanitor(
    NpgsqlDataSource database, IOptions<ClusterOptions> cluster, ILogger<IdempotencyJanitor> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);
    private static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await using var command = database.CreateCommand(
                    "DELETE FROM orleansstorage WHERE serviceid = $1 AND graintypestring = $2 AND modifiedon < now() - $3");
                command.Parameters.Add(new() { Value = cluster.Value.ServiceId });
                command.Parameters.Add(new() { Value = StorageNames.Idempotency });
                command.Parameters.Add(new() { Value = IIdempotencyGrain.Retention + Grace });
                var deleted = await command.ExecuteNonQueryAsync(stoppingToken);
                if (deleted > 0)
                {
                    LogDeleted(deleted);
                }
            }
            catch (NpgsqlException e)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired idempotency records")]
    private partial void LogDeleted(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleaning expired idempotency records failed; trying again in an hour")]
    private partial void LogFailed(Exception exception);
}
