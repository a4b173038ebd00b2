using System.Diagnostics;
using Npgsql;
using Orleans.Concurrency;

namespace SecurityTrax.Health;

[StatelessWorker]
public sealed class HealthGrain(NpgsqlDataSource database, ILocalSiloDetails silo) : Grain, IHealthGrain
{
    public async Task<HealthReport> CheckAsync()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var command = database.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync();
            return new HealthReport(silo.SiloAddress.ToString(), true, null, Stopwatch.GetElapsedTime(started));
        }
        catch (NpgsqlException e)
        {
            return new HealthReport(silo.SiloAddress.ToString(), false, e.Message, Stopwatch.GetElapsedTime(started));
        }
    }
}
