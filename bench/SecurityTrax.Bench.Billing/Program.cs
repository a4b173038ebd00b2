using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using SecurityTrax;
using SecurityTrax.Bench.Billing;
using SecurityTrax.Testing;

// Billing run: N recurring invoices fall due at the same instant and make their invoices through real reminders,
// on a silo configured exactly as production, against PostgreSQL with its default durability. The silo runs in
// this process with a fake clock under the business and reminder keys, so "02:00 on the billing day" is one
// Advance away; every tick, grain activation, state write and outbox delivery is the real one.
// Ctrl-C or a TERM ends the run at once (the silo in this process would otherwise wait for its grains).
using var stopOnTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, _ => Environment.Exit(143));
var count = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
var concurrency = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var baselineSeconds = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var tenant = "bench";
var firstDate = new DateOnly(2026, 11, 27);
var clock = new BenchClock(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero));

var database = await TestPostgres.CreateDatabaseAsync();
Console.Error.WriteLine($"bench: database {database.Name}");
await using var silo = await TestSilo.StartAsync(
    database, "billing-bench", "billing-bench-" + Guid.NewGuid().ToString("N")[..8],
    configureSilo: s => s.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(400)),
    configureServices: services =>
    {
        services.AddKeyedSingleton<TimeProvider>(Clock.Key, clock);
        services.AddKeyedSingleton<TimeProvider>("Orleans.Reminders", clock);
    });

// Setting up is not measured: it loads with synchronous_commit off, as the search benchmark does.
await AdminAsync("ALTER SYSTEM SET synchronous_commit = off; SELECT pg_reload_conf()");
var seeding = Stopwatch.StartNew();
var seeder = new Seeder(silo.Grains, tenant, concurrency);
await seeder.CustomersAndRecurringInvoicesAsync(count, await seeder.CatalogAsync(), firstDate);
Console.Error.WriteLine($"bench: {count} customers and recurring invoices created in {seeding.Elapsed.TotalSeconds:F0} s");
await AdminAsync("ALTER SYSTEM RESET synchronous_commit; SELECT pg_reload_conf()");
Console.WriteLine($"synchronous_commit during the run: {await ScalarAsync<string>("SHOW synchronous_commit")}, fsync: {await ScalarAsync<string>("SHOW fsync")}");

var upserts = await UpsertBaseline.MeasureAsync(database.Owner, 64, TimeSpan.FromSeconds(baselineSeconds));

// Cold grains, as at 02:00: every idle activation is collected; the reminders stay registered.
await silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
GC.Collect();
await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
var storage = (SecurityTrax.Silo.Persistence.BatchingGrainStorage)silo.Host.Services
    .GetRequiredKeyedService<Orleans.Storage.IGrainStorage>(SecurityTrax.Persistence.StorageNames.Main);
var storageBefore = storage.Counts;
var cpu = new CpuMeter();
var run = Stopwatch.StartNew();
clock.Advance(TimeSpan.FromHours(16) + TimeSpan.FromSeconds(1));

// A tick that fails (say, a call timing out under the load) is retried by the next hourly tick: when nothing has
// moved for a while, the clock moves on an hour, as real time would, and the run counts it.
long made = 0, before = -1;
var hours = 0;
var stalled = Stopwatch.StartNew();
while ((made = await ScalarAsync<long>("SELECT count(*) FROM invoice_list WHERE recurring_invoice_id IS NOT NULL")) < count)
{
    if (made != before)
    {
        (before, stalled) = (made, Stopwatch.StartNew());
    }
    else if (stalled.Elapsed > TimeSpan.FromSeconds(20))
    {
        Console.Error.WriteLine($"bench: {made} of {count} after {run.Elapsed.TotalSeconds:F0} s and no progress for 20 s; the next hourly tick");
        clock.Advance(TimeSpan.FromHours(1));
        (hours, stalled) = (hours + 1, Stopwatch.StartNew());
    }

    if (run.Elapsed > TimeSpan.FromMinutes(30))
    {
        throw new TimeoutException($"Only {made} of {count} invoices after 30 minutes.");
    }

    await Task.Delay(100);
}

var seconds = run.Elapsed.TotalSeconds;
var (siloCpu, postgresCpu, busy) = cpu.Stop();
var storageAfter = storage.Counts;
var peak = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
var history = await ScalarAsync<long>("SELECT count(*) FROM history WHERE action = 'generated'");
var distinct = await ScalarAsync<long>("SELECT count(DISTINCT recurring_invoice_id) FROM invoice_list WHERE recurring_invoice_id IS NOT NULL");
Console.WriteLine($"invoices: {made} (history rows {history}, recurring invoices {distinct})");
Console.WriteLine($"billing run: {seconds:F1} s, {made / seconds:F0} invoices/s (later hourly ticks needed: {hours})");
Console.WriteLine($"single-row 1 KB upserts on the same database: {upserts:F0}/s; ratio invoices/upserts {made / seconds / upserts:F3}");
Console.WriteLine($"CPU during the run: silo {siloCpu:F1} s ({siloCpu * 1000 / made:F2} ms per invoice), PostgreSQL {postgresCpu:F1} s ({postgresCpu * 1000 / made:F2} ms per invoice), machine {busy:P0} busy");
Console.WriteLine($"grain storage: {storageAfter.Statements - storageBefore.Statements} reads and writes in {storageAfter.RoundTrips - storageBefore.RoundTrips} round trips");
Console.WriteLine($"peak silo memory during the run ({peak.Split(':')[0]}): {peak.Split(':')[1].Trim()}");
await silo.StopAsync();
await TestPostgres.DropDatabaseAsync(database.Name);

async Task AdminAsync(string sql)
{
    await using var admin = new NpgsqlConnection(TestPostgres.AdminConnectionString);
    await admin.OpenAsync();
    await using var command = new NpgsqlCommand(sql, admin);
    await command.ExecuteNonQueryAsync();
}

async Task<T> ScalarAsync<T>(string sql) => (await database.ScalarAsync<T>(sql))!;
