using SecurityTrax.Customers;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence.Tests.Probes;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests;

/// <summary>Side effects are neither lost nor doubled when delivery fails or happens twice.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxTests(PostgresFixture fixture)
{
    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task DeliveringTheSameOutboxTwiceWritesEachRowOnce()
    {
        // Delivered from a grain, as in production: the live push goes to a silo-only grain.
        var probe = fixture.Silo.Grains.GetGrain<IOutboxProbeGrain>("deliver-" + _tenant);
        CallerContext.Set(Caller.System(_tenant));
        Assert.True(await probe.DeliverTwiceAsync(_tenant));

        Assert.Equal(1, await CountAsync("history"));
        Assert.Equal(1, await CountAsync("security_log"));
        Assert.Equal(1, await CountAsync("notifications"));
    }

    [Fact]
    public async Task AChangeWhoseDeliveryFailedIsDeliveredLaterExactlyOnce()
    {
        CallerContext.Set(Caller.System(_tenant));
        var grain = fixture.Silo.Grains.GetGrain<ICustomerGrain>(GrainKeys.For(_tenant, "2001"));
        await grain.CreateAsync(CustomerStage.Lead, new CustomerProfile("Una", "Vo", null, null, null, [], null, null, null, 0, false, 0, false), null, false);
        await fixture.Database.ExecuteAsync($"REVOKE INSERT ON history FROM {TestPostgres.RuntimeRole}");
        try
        {
            // The change is stored with its outbox; writing history is refused, so delivery is retried.
            var tagged = await grain.AddTagAsync("Retry", false);
            Assert.Equal(["Retry"], tagged.Tags);
            Assert.Equal(0, await TagRowsAsync());
        }
        finally
        {
            await fixture.Database.ExecuteAsync($"GRANT INSERT ON history TO {TestPostgres.RuntimeRole}");
        }

        await WaitUntilAsync(async () => await TagRowsAsync() > 0);
        await fixture.Silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(["Retry"], (await grain.GetAsync(false)).Tags);

        Assert.Equal(1, await TagRowsAsync());
    }

    private async Task<int> CountAsync(string table) =>
        (int)await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE tenant_id = @t", ("t", _tenant));

    private async Task<int> TagRowsAsync() =>
        (int)await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM history WHERE tenant_id = @t AND action = 'tag_added'", ("t", _tenant));

    // The grain retries on its own timer; poll the database for the outcome, bounded in time.
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (!await condition())
        {
            await poll.WaitForNextTickAsync(timeout.Token);
        }
    }
}
