using Orleans.Configuration;
using SecurityTrax.Persistence.Tests.Probes;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class ReminderTests(PostgresFixture fixture)
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ReminderFiresAndKeepsFiringAfterTheSiloRestarts()
    {
        var serviceId = PostgresFixture.NewId("svc");
        var key = GrainKeys.For("acme", PostgresFixture.NewId("rem"));
        var silo = await StartSiloAsync(serviceId);
        await silo.Grains.GetGrain<IReminderProbeGrain>(key).StartAsync(Period);
        await TickSignals.WaitAsync(key, 1, Patience);
        await TickSignals.WaitAsync(key, 2, Patience);
        Assert.Equal(1, await ReminderRowsAsync(serviceId));
        await silo.DisposeAsync();
        var ticksBeforeRestart = await TicksStoredAsync(serviceId, key);

        await using var restarted = await StartSiloAsync(serviceId);
        await TickSignals.WaitAsync(key, ticksBeforeRestart + 1, Patience);

        await restarted.Grains.GetGrain<IReminderProbeGrain>(key).StopAsync();
        Assert.Equal(0, await ReminderRowsAsync(serviceId));
    }

    private Task<TestSilo> StartSiloAsync(string serviceId) =>
        TestSilo.StartAsync(
            fixture.Database,
            serviceId,
            PostgresFixture.NewId("cluster"),
            configureSilo: silo => silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = Period));

    private Task<int> TicksStoredAsync(string serviceId, string key) =>
        fixture.Database.ScalarAsync<int>(
            "SELECT (convert_from(payloadbinary, 'UTF8')::jsonb ->> 'Writes')::int FROM orleansstorage WHERE serviceid = @s AND grainidextensionstring = @k",
            ("s", serviceId), ("k", key));

    private async Task<int> ReminderRowsAsync(string serviceId) =>
        (int)await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansreminders WHERE serviceid = @s", ("s", serviceId));
}
