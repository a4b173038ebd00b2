using SecurityTrax.Errors;
using SecurityTrax.Tenants;

namespace SecurityTrax.Grains.Tests.Tenants;

[Collection(ClusterCollection.Name)]
public sealed class TenantSettingsGrainTests(ClusterFixture fixture)
{
    private ITenantSettingsGrain Settings(string tenant) =>
        fixture.Grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(tenant, ITenantSettingsGrain.Id));

    [Fact]
    public async Task NewTenantHasDefaultSettings()
    {
        var tenant = ClusterFixture.NewTenant();

        var details = await Settings(tenant).GetAsync();

        Assert.Equal(new TenantSettingsDetails(tenant, tenant, "America/Denver", "en-US", true, 0, null), details);
    }

    [Fact]
    public async Task UpdateStoresTheValuesAndBumpsTheVersion()
    {
        var tenant = ClusterFixture.NewTenant();
        var grain = Settings(tenant);

        var updated = await grain.UpdateAsync(new UpdateTenantSettings("  Acme Alarm  ", "America/Chicago", "es-US", false, 0));

        var expected = new TenantSettingsDetails(tenant, "Acme Alarm", "America/Chicago", "es-US", false, 1, fixture.Time.GetUtcNow());
        Assert.Equal(expected, updated);
        Assert.Equal(expected, await grain.GetAsync());
    }

    [Fact]
    public async Task StaleVersionIsRefusedAndChangesNothing()
    {
        var grain = Settings(ClusterFixture.NewTenant());
        await grain.UpdateAsync(new UpdateTenantSettings("First", "America/Denver", "en-US", true, 0));
        var before = await grain.GetAsync();

        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => grain.UpdateAsync(new UpdateTenantSettings("Second", "America/Denver", "en-US", true, 0)));

        Assert.Equal(ErrorKind.VersionMismatch, error.Kind);
        Assert.Equal(before, await grain.GetAsync());
    }

    [Fact]
    public async Task InvalidValuesAreAllReportedByFieldAndChangeNothing()
    {
        var grain = Settings(ClusterFixture.NewTenant());
        var before = await grain.GetAsync();

        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => grain.UpdateAsync(new UpdateTenantSettings(" ", "Mars/Olympus_Mons", "zz-ZZ-x", true, 0)));

        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Equal(["companyName", "timeZone", "culture"], error.Fields.Select(f => f.Field));
        Assert.Equal(before, await grain.GetAsync());
    }

    [Fact]
    public async Task CompanyNameLongerThanTheLimitIsRefused()
    {
        var grain = Settings(ClusterFixture.NewTenant());

        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => grain.UpdateAsync(new UpdateTenantSettings(new string('x', 201), "America/Denver", "en-US", true, 0)));

        Assert.Equal("companyName", Assert.Single(error.Fields).Field);
    }

    [Fact]
    public async Task SettingsSurviveDeactivation()
    {
        var tenant = ClusterFixture.NewTenant();
        var grain = Settings(tenant);
        var updated = await grain.UpdateAsync(new UpdateTenantSettings("Acme", "America/New_York", "en-US", true, 0));

        await fixture.Cluster.DeactivateAsync(grain);

        Assert.Equal(updated, await Settings(tenant).GetAsync());
    }
}
