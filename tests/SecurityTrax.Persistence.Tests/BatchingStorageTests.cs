using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using SecurityTrax.Persistence.Tests.Probes;
using SecurityTrax.Silo.Persistence;

namespace SecurityTrax.Persistence.Tests;

/// <summary>The grains' storage sends many grains' reads and writes per round trip, over the ADO.NET provider's own rows.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BatchingStorageTests(PostgresFixture fixture)
{
    private BatchingGrainStorage Batching =>
        (BatchingGrainStorage)fixture.Silo.Host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main);

    private IGrainStorage AdoNet => fixture.Silo.Host.Services.GetRequiredKeyedService<IGrainStorage>(BatchingGrainStorage.AdoNetName);

    [Fact]
    public async Task EachProviderReadsWhatTheOtherWrote()
    {
        var written = State("by batching");
        var id = NewId();
        await Batching.WriteStateAsync(ProbeGrain.StateName, id, written);
        var read = new GrainState<ProbeState>();
        await AdoNet.ReadStateAsync(ProbeGrain.StateName, id, read);
        Assert.Equal(("by batching", "1", true), (read.State!.Value, read.ETag, read.RecordExists));

        read.State!.Value = "by ado.net";
        await AdoNet.WriteStateAsync(ProbeGrain.StateName, id, read);
        var again = new GrainState<ProbeState>();
        await Batching.ReadStateAsync(ProbeGrain.StateName, id, again);
        Assert.Equal(("by ado.net", "2", true), (again.State!.Value, again.ETag, again.RecordExists));
        Assert.Equal(1, await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansstorage WHERE serviceid = @s AND grainidextensionstring = @k", ("s", fixture.ServiceId), ("k", id.Key.ToString())));
    }

    [Fact]
    public async Task AMissingRowReadsAsANewDefaultState()
    {
        var read = new GrainState<ProbeState>();
        await Batching.ReadStateAsync(ProbeGrain.StateName, NewId(), read);

        Assert.Equal((null, null, false, 0), (read.State!.Value, read.ETag, read.RecordExists, read.State!.Writes));
    }

    [Fact]
    public async Task ConcurrentWritesShareRoundTripsAndAStaleOneFailsAlone()
    {
        var stale = NewId();
        await Batching.WriteStateAsync(ProbeGrain.StateName, stale, State("first"));
        var before = Batching.Counts;

        var ids = Enumerable.Range(0, 300).Select(_ => NewId()).ToArray();
        var writes = ids.Select(id => Batching.WriteStateAsync(ProbeGrain.StateName, id, State(id.ToString()))).ToList();
        var staleState = State("stale");
        staleState.ETag = "7";
        var staleWrite = Batching.WriteStateAsync(ProbeGrain.StateName, stale, staleState);
        await Task.WhenAll(writes);

        await Assert.ThrowsAsync<InconsistentStateException>(() => staleWrite);
        var after = Batching.Counts;
        Assert.True(after.RoundTrips - before.RoundTrips < 301, $"{after.RoundTrips - before.RoundTrips} round trips for 301 statements");
        foreach (var id in ids.Take(20))
        {
            var read = new GrainState<ProbeState>();
            await AdoNet.ReadStateAsync(ProbeGrain.StateName, id, read);
            Assert.Equal((id.ToString(), "1"), (read.State!.Value, read.ETag));
        }

        var kept = new GrainState<ProbeState>();
        await Batching.ReadStateAsync(ProbeGrain.StateName, stale, kept);
        Assert.Equal(("first", "1"), (kept.State!.Value, kept.ETag));
    }

    [Fact]
    public async Task OfTwoFirstWritesOfOneGrainOnlyOneWins()
    {
        var id = NewId();
        var first = Batching.WriteStateAsync(ProbeGrain.StateName, id, State("one"));
        var second = Batching.WriteStateAsync(ProbeGrain.StateName, id, State("two"));

        var outcomes = await Task.WhenAll(Outcome(first), Outcome(second));

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.IsType<InconsistentStateException>(Assert.Single(outcomes, o => o is not null));
        Assert.Equal(1, await fixture.Database.ScalarAsync<int>(
            "SELECT version FROM orleansstorage WHERE serviceid = @s AND grainidextensionstring = @k", ("s", fixture.ServiceId), ("k", id.Key.ToString())));
    }

    [Fact]
    public async Task ReadsOfManyGrainsShareRoundTrips()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => NewId()).ToArray();
        await Task.WhenAll(ids.Select(id => Batching.WriteStateAsync(ProbeGrain.StateName, id, State("v" + id))));
        var before = Batching.Counts;

        var states = ids.Select(_ => new GrainState<ProbeState>()).ToArray();
        await Task.WhenAll(ids.Select((id, i) => Batching.ReadStateAsync(ProbeGrain.StateName, id, states[i])));

        Assert.All(ids.Zip(states), p => Assert.Equal("v" + p.First, p.Second.State!.Value));
        Assert.True(Batching.Counts.RoundTrips - before.RoundTrips < ids.Length);
    }

    private static GrainId NewId() => GrainId.Create("probe", GrainKeys.For("acme", PostgresFixture.NewId("batch")));

    private static GrainState<ProbeState> State(string value) => new(new ProbeState { Value = value, Writes = 1 });

    private static async Task<Exception?> Outcome(Task write)
    {
        try
        {
            await write;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
