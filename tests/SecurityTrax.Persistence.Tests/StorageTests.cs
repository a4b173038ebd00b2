using Orleans.Storage;
using System.Text.Json;
using SecurityTrax.Persistence.Tests.Probes;
using SecurityTrax.Identity;
using SecurityTrax.Tenants;

namespace SecurityTrax.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class StorageTests(PostgresFixture fixture)
{
    private IGrainFactory Grains => fixture.Silo.Grains;

    [Fact]
    public async Task StateRoundTripsThroughPostgresAsReadableJson()
    {
        var key = GrainKeys.For("acme", PostgresFixture.NewId("probe"));
        var grain = Grains.GetGrain<IProbeGrain>(key);
        await grain.SetAsync("first");
        await grain.SetAsync("second");

        await grain.DeactivateAsync();

        Assert.Equal("second", await Grains.GetGrain<IProbeGrain>(key).GetAsync());
        var row = await fixture.Database.ScalarAsync<string>(
            "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE serviceid = @s AND graintypestring = @t AND grainidextensionstring = @k",
            ("s", fixture.ServiceId), ("t", ProbeGrain.StateName), ("k", key));
        using var json = JsonDocument.Parse(row!);
        Assert.Equal("second", json.RootElement.GetProperty("Value").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("Writes").GetInt32());
        Assert.Equal(2, await VersionAsync(key));
    }

    [Fact]
    public async Task WriteOverAVersionChangedBehindTheGrainRaisesInconsistentState()
    {
        var key = GrainKeys.For("acme", PostgresFixture.NewId("probe"));
        var grain = Grains.GetGrain<IProbeGrain>(key);
        await grain.SetAsync("mine");
        await fixture.Database.ExecuteAsync(
            $"UPDATE orleansstorage SET version = version + 1 WHERE serviceid = '{fixture.ServiceId}' AND grainidextensionstring = '{key}'");

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.SetAsync("theirs"));

        Assert.Equal(2, await VersionAsync(key));
        Assert.Equal("mine", await Grains.GetGrain<IProbeGrain>(key).GetAsync());
    }

    [Fact]
    public async Task TenantSettingsPersistAcrossActivations()
    {
        var tenant = "t" + Guid.NewGuid().ToString("N")[..10];
        var key = GrainKeys.For(tenant, ITenantSettingsGrain.Id);
        CallerContext.Set(Caller.System(tenant));
        var updated = await Grains.GetGrain<ITenantSettingsGrain>(key)
            .UpdateAsync(new UpdateTenantSettings("Acme Alarm", "America/Phoenix", "en-US", false, 0));

        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal(updated, await Grains.GetGrain<ITenantSettingsGrain>(key).GetAsync());
    }

    private Task<int> VersionAsync(string key) =>
        fixture.Database.ScalarAsync<int>(
            "SELECT version FROM orleansstorage WHERE serviceid = @s AND grainidextensionstring = @k",
            ("s", fixture.ServiceId), ("k", key));
}
