using Orleans.Runtime;
using SecurityTrax.Persistence;
using SecurityTrax.Sequences;

namespace SecurityTrax.Grains.Tests.Faults;

[Collection(FaultyStorageCollection.Name)]
public sealed class SequenceGrainFaultTests(FaultyStorageFixture fixture)
{
    [Fact]
    public async Task ABlockWhoseSaveFailedIsNeverHandedOut()
    {
        var tenant = ClusterFixture.NewTenant();
        var sequence = fixture.Grains.GetGrain<ISequenceGrain>(GrainKeys.For(tenant, SequenceKinds.GrainId(SequenceKinds.Invoice)));
        var first = await sequence.NextAsync();
        var handedOut = new List<long> { first };
        for (var i = 1; i < SequenceGrain.BlockSize; i++)
        {
            handedOut.Add(await sequence.NextAsync());
        }

        await fixture.Faults(StorageNames.Sequence).AddFaultOnWrite(sequence.GetGrainId(), new InvalidOperationException("storage is down"));
        await Assert.ThrowsAsync<OrleansException>(sequence.NextAsync);
        handedOut.Add(await sequence.NextAsync());
        handedOut.Add(await sequence.NextAsync());

        // A restart reads the stored reservation: every number handed out before must lie below it.
        await fixture.Cluster.DeactivateAsync(sequence);
        handedOut.Add(await sequence.NextAsync());

        Assert.Equal(1001, first);
        Assert.Equal(handedOut.Count, handedOut.Distinct().Count());
        Assert.True(handedOut[^1] > handedOut[^2], $"after the restart {handedOut[^1]} came after {handedOut[^2]}");
    }

    [Fact]
    public async Task AFailedSaveLeavesTheGrainAbleToSaveAgain()
    {
        var sequence = fixture.Grains.GetGrain<ISequenceGrain>(GrainKeys.For(ClusterFixture.NewTenant(), SequenceKinds.GrainId(SequenceKinds.Payment)));

        await fixture.Faults(StorageNames.Sequence).AddFaultOnWrite(sequence.GetGrainId(), new InvalidOperationException("storage is down"));
        await Assert.ThrowsAsync<OrleansException>(sequence.NextAsync);
        var number = await sequence.NextAsync();
        await fixture.Cluster.DeactivateAsync(sequence);

        Assert.Equal(number + SequenceGrain.BlockSize, await sequence.NextAsync());
    }
}
