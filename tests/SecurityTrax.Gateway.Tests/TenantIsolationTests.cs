using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Tenants;

namespace SecurityTrax.Gateway.Tests;

/// <summary>The silo refuses a gateway that builds another tenant's key, whatever the gateway's HTTP layer did.</summary>
[Collection(GatewayCollection.Name)]
public sealed class TenantIsolationTests(GatewayFixture fixture)
{
    private IClusterClient Cluster => fixture.Gateway.Services.GetRequiredService<IClusterClient>();

    [Fact]
    public async Task CallerOfOneTenantCannotReadAnotherTenantsGrain()
    {
        var other = await fixture.CreateTenantAsync("other-admin-password");
        CallerContext.Set(new Caller(GatewayFixture.Tenant, "1", "admin", ChangeSources.Web, null, null));

        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => Cluster.GetGrain<ITenantSettingsGrain>(GrainKeys.For(other, ITenantSettingsGrain.Id)).GetAsync());

        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task CallerOfOneTenantCannotChangeAnotherTenantsUsers()
    {
        var other = await fixture.CreateTenantAsync("other-admin-password");
        CallerContext.Set(new Caller(GatewayFixture.Tenant, "1", "admin", ChangeSources.Web, null, null));

        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => Cluster.GetGrain<IUserDirectoryGrain>(GrainKeys.For(other, IUserDirectoryGrain.Id))
                .CreateUserAsync(new NewUser("intruder", "Intruder", null, "Admin", "a-good-password")));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        using var otherAdmin = await fixture.SignInAsync(other, "admin", "other-admin-password");
        var users = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement[]>(otherAdmin, "/api/v1/users");
        Assert.Single(users!);
    }

    [Fact]
    public async Task ClientCallWithoutACallerIsRefused()
    {
        CallerContext.Clear();

        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => Cluster.GetGrain<ITenantSettingsGrain>(GrainKeys.For(GatewayFixture.Tenant, ITenantSettingsGrain.Id)).GetAsync());

        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task CallerOfTheSameTenantGetsThrough()
    {
        CallerContext.Set(new Caller(GatewayFixture.Tenant, "1", "admin", ChangeSources.Web, null, null));

        var settings = await Cluster.GetGrain<ITenantSettingsGrain>(GrainKeys.For(GatewayFixture.Tenant, ITenantSettingsGrain.Id)).GetAsync();

        Assert.Equal(GatewayFixture.Tenant, settings.Tenant);
    }
}
