using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Escalation;

/// <summary>A holder of every user grant cannot create, raise, reset, disable or change a user above what it holds.</summary>
[Collection(GatewayCollection.Name)]
public sealed class UserEscalationTests(GatewayFixture fixture) : ManagerSession(fixture)
{
    [Fact]
    public async Task AManagerCannotCreateAnAdminOrAUserOfARoleItDoesNotHoldButCanWithinItsGrants()
    {
        var mark = await LogMarkAsync();
        var before = (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Length;

        var admin = await Manager.PostAsJsonAsync("/api/v1/users", new { userName = GatewayFixture.NewName("boss"), displayName = "Boss", role = "Admin", password = UserPassword });
        var office = await Manager.PostAsJsonAsync("/api/v1/users", new { userName = GatewayFixture.NewName("off"), displayName = "Olive", role = "Office", password = UserPassword });

        var missing = await MissingAsync(admin);
        Assert.Contains("payments.process", missing);
        Assert.Contains("settings.integrations", missing);
        Assert.DoesNotContain("users.create", missing);
        Assert.Equal([.. missing.Order(StringComparer.Ordinal)], missing);
        Assert.Contains("payments.create", await MissingAsync(office));
        Assert.Equal(before, (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Length);
        Assert.Empty(await LoggedSinceAsync(mark));
        var clerk = await Manager.PostAsJsonAsync("/api/v1/users", new { userName = GatewayFixture.NewName("clerk"), displayName = "Cleo", role = ClerkRole, password = UserPassword });
        Assert.Equal(HttpStatusCode.Created, clerk.StatusCode);
    }

    [Fact]
    public async Task AManagerCannotRaiseAUserOrItselfToARoleAboveItsGrants()
    {
        var clerk = await Fixture.CreateUserAsync(Admin, GatewayFixture.NewName("clerk"), ClerkRole);
        var mark = await LogMarkAsync();
        var managerTag = await CustomerApiClient.ETagAsync(Admin, $"/api/v1/users/{ManagerId}");

        var raise = await SendAsync(Manager, HttpMethod.Put, $"/api/v1/users/{clerk}", $"/api/v1/users/{clerk}", new { displayName = "Cleo", role = "Admin" });
        var self = await SendAsync(Manager, HttpMethod.Put, $"/api/v1/users/{ManagerId}", $"/api/v1/users/{ManagerId}", new { displayName = "Me", role = "Office" });

        Assert.Contains("settings.modify", await MissingAsync(raise));
        Assert.Contains("payments.create", await MissingAsync(self));
        Assert.Equal(ClerkRole, (await UserAsync(clerk)).GetProperty("role").GetString());
        Assert.Equal((ManagerRole, managerTag), ((await UserAsync(ManagerId)).GetProperty("role").GetString(), await CustomerApiClient.ETagAsync(Admin, $"/api/v1/users/{ManagerId}")));
        Assert.Empty(await LoggedSinceAsync(mark));
        var renamed = await SendAsync(Manager, HttpMethod.Put, $"/api/v1/users/{clerk}", $"/api/v1/users/{clerk}", new { displayName = "Cleo Clerk", role = ClerkRole });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
    }

    [Fact]
    public async Task AManagerCannotResetDisableEnableOrChangeAnAdmin()
    {
        var admin = await AdminIdAsync();
        var other = await Fixture.CreateUserAsync(Admin, GatewayFixture.NewName("admin2"), "Admin");
        (await SendAsync(Admin, HttpMethod.Post, $"/api/v1/users/{other}/disable", $"/api/v1/users/{other}")).EnsureSuccessStatusCode();
        var mark = await LogMarkAsync();
        var tag = await CustomerApiClient.ETagAsync(Admin, $"/api/v1/users/{admin}");

        var reset = await SendAsync(Manager, HttpMethod.Post, $"/api/v1/users/{admin}/password", $"/api/v1/users/{admin}", new { password = "taken-over-password" });
        var disable = await SendAsync(Manager, HttpMethod.Post, $"/api/v1/users/{admin}/disable", $"/api/v1/users/{admin}");
        var enable = await SendAsync(Manager, HttpMethod.Post, $"/api/v1/users/{other}/enable", $"/api/v1/users/{other}");
        var change = await SendAsync(Manager, HttpMethod.Put, $"/api/v1/users/{admin}", $"/api/v1/users/{admin}", new { displayName = "Renamed", role = "Admin" });

        foreach (var refused in new[] { reset, disable, enable, change })
        {
            Assert.Contains("payments.process", await MissingAsync(refused));
        }

        var after = await UserAsync(admin);
        Assert.Equal((tag, false, "Administrator"), (await CustomerApiClient.ETagAsync(Admin, $"/api/v1/users/{admin}"), after.GetProperty("disabled").GetBoolean(), after.GetProperty("displayName").GetString()));
        Assert.True((await UserAsync(other)).GetProperty("disabled").GetBoolean());
        Assert.Empty(await LoggedSinceAsync(mark));
        (await Fixture.SignInAsync(Tenant, "admin", Password)).Dispose();
    }

    [Fact]
    public async Task ATokenHoldsNoMoreThanTheRoleHoldsNow()
    {
        var role = await Admin.GetAsync($"/api/v1/roles/{ManagerRole}");
        string[] narrower = [.. ManagerGrants.Where(g => g != "users.create")];
        (await CustomerApiClient.SendAsync(Admin, HttpMethod.Put, $"/api/v1/roles/{ManagerRole}", role.Headers.ETag!.Tag, new { grants = narrower })).EnsureSuccessStatusCode();
        var before = (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Length;

        // The manager's token still says users.create, but it ended with the role's change (the directory would refuse
        // it too: DirectoryGrantTests).
        var create = await Manager.PostAsJsonAsync("/api/v1/users", new { userName = GatewayFixture.NewName("clerk"), displayName = "Cleo", role = ClerkRole, password = UserPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        Assert.Equal(before, (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Length);
    }

    [Fact]
    public async Task AnAdminStillCreatesRaisesResetsDisablesAndEnablesAnyone()
    {
        var name = GatewayFixture.NewName("boss");
        var created = await Admin.PostAsJsonAsync("/api/v1/users", new { userName = name, displayName = "Boss", role = "Admin", password = UserPassword });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var clerk = await Fixture.CreateUserAsync(Admin, GatewayFixture.NewName("clerk"), ClerkRole);
        var path = $"/api/v1/users/{id}";

        var raised = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/users/{clerk}", $"/api/v1/users/{clerk}", new { displayName = "Cleo", role = "Admin" });
        var reset = await SendAsync(Admin, HttpMethod.Post, $"{path}/password", path, new { password = "another-good-password" });
        var disabled = await SendAsync(Admin, HttpMethod.Post, $"{path}/disable", path);
        var enabled = await SendAsync(Admin, HttpMethod.Post, $"{path}/enable", path);

        Assert.Equal(
            [HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { created, raised, reset, disabled, enabled }.Select(r => r.StatusCode));
        Assert.Equal("Admin", (await UserAsync(clerk)).GetProperty("role").GetString());
        (await Fixture.SignInAsync(Tenant, name, "another-good-password")).Dispose();
    }
}
