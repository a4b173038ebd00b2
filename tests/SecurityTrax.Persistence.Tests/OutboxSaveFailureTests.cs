using SecurityTrax.Persistence.Tests.Probes;

namespace SecurityTrax.Persistence.Tests;

/// <summary>No in-memory change survives a failed save (issue 15 point 13).</summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxSaveFailureTests(PostgresFixture fixture)
{
    [Fact]
    public async Task AfterAFailedSaveARetryStoresTheChangeInsteadOfReportingItDone()
    {
        var grain = fixture.Silo.Grains.GetGrain<IOutboxProbeGrain>(GrainKeys.For("t" + Guid.NewGuid().ToString("N")[..10], "probe"));
        await grain.AddAsync("first", failSave: false);

        await Assert.ThrowsAnyAsync<Exception>(() => grain.AddAsync("second", failSave: true));
        var inMemory = await grain.ItemsAsync();
        var retried = await grain.AddAsync("second", failSave: false);
        await grain.DeactivateAsync();
        var stored = await grain.ItemsAsync();

        Assert.Equal(["first"], inMemory);
        Assert.Equal(2, retried);
        Assert.Equal(["first", "second"], stored);
    }
}
