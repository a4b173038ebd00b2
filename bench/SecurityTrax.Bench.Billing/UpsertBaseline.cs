using System.Diagnostics;
using Npgsql;

namespace SecurityTrax.Bench.Billing;

/// <summary>The database's plain rate: single-row upserts of a 1 KB row, each its own transaction, from many connections.</summary>
public static class UpsertBaseline
{
    public static async Task<double> MeasureAsync(string connectionString, int connections, TimeSpan duration)
    {
        // The same connection tuning as the grain storage provider's.
        var tuned = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true, MaxAutoPrepare = 10, AutoPrepareMinUsages = 2 };
        await using var database = NpgsqlDataSource.Create(tuned.ConnectionString);
        await using (var create = database.CreateCommand("CREATE TABLE IF NOT EXISTS bench_upsert (id bigint PRIMARY KEY, version int NOT NULL, payload text NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var payload = new string('x', 1000);
        long done = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            await using var connection = await database.OpenConnectionAsync();
            await using var command = new NpgsqlCommand("""
                INSERT INTO bench_upsert (id, version, payload) VALUES ($1, 1, $2)
                ON CONFLICT (id) DO UPDATE SET version = bench_upsert.version + 1, payload = excluded.payload
                """, connection);
            var id = new NpgsqlParameter<long>();
            command.Parameters.Add(id);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = payload });
            for (long n = 0; clock.Elapsed < duration; n++)
            {
                id.TypedValue = (worker * 1_000_000L) + (n % 50_000);
                await command.ExecuteNonQueryAsync();
                Interlocked.Increment(ref done);
            }
        }));
        return done / clock.Elapsed.TotalSeconds;
    }
}
