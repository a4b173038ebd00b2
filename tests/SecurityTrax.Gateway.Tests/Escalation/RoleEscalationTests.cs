using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Escalation;

/// <summary>A holder of every role grant cannot make, widen or delete a role holding grants it lacks.</summary>
[Collection(GatewayCollection.Name)]
public sealed class RoleEscalationTests(GatewayFixture fixture) : ManagerSession(fixture)
{
    [Fact]
    public async Task AManagerCannotCreateARoleWithGrantsItLacksButCanWithinThem()
    {
        var mark = await LogMarkAsync();
        var name = GatewayFixture.NewName("Biller");

        var wider = await Manager.PostAsJsonAsync("/api/v1/roles", new { name, grants = new[] { "customers.view", "payments.process", "payments.create" } });

        await AssertMissingAsync(wider, "payments.create", "payments.process");
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/v1/roles/{name}")).StatusCode);
        Assert.Empty(await LoggedSinceAsync(mark));
        var within = await Manager.PostAsJsonAsync("/api/v1/roles", new { name, grants = new[] { "customers.view", "users.view" } });
        Assert.Equal(HttpStatusCode.Created, within.StatusCode);
    }

    [Fact]
    public async Task AManagerCannotWidenARoleOrChangeOrDeleteOneHoldingGrantsItLacks()
    {
        var biller = GatewayFixture.NewName("Biller");
        await RoleAsync(biller, "customers.view", "payments.process");
        var mark = await LogMarkAsync();

        var widen = await SendAsync(Manager, HttpMethod.Put, $"/api/v1/roles/{ClerkRole}", $"/api/v1/roles/{ClerkRole}", new { grants = new[] { "customers.view", "payments.process" } });
        var narrow = await SendAsync(Manager, HttpMethod.Put, $"/api/v1/roles/{biller}", $"/api/v1/roles/{biller}", new { grants = new[] { "customers.view" } });
        var delete = await SendAsync(Manager, HttpMethod.Delete, $"/api/v1/roles/{biller}", $"/api/v1/roles/{biller}");
        var office = await SendAsync(Manager, HttpMethod.Put, "/api/v1/roles/Office", "/api/v1/roles/Office", new { grants = new[] { "customers.view" } });

        await AssertMissingAsync(widen, "payments.process");
        await AssertMissingAsync(narrow, "payments.process");
        await AssertMissingAsync(delete, "payments.process");
        Assert.Contains("payments.create", await MissingAsync(office));
        Assert.Equal(["customers.view"], await GrantsAsync(ClerkRole));
        Assert.Equal(["customers.view", "payments.process"], await GrantsAsync(biller));
        Assert.Contains("payments.create", await GrantsAsync("Office"));
        Assert.Empty(await LoggedSinceAsync(mark));
    }

    [Fact]
    public async Task AManagerCannotGiveItsOwnRoleMoreGrants()
    {
        var own = await SendAsync(Manager, HttpMethod.Put, $"/api/v1/roles/{ManagerRole}", $"/api/v1/roles/{ManagerRole}", new { grants = ManagerGrants.Append("settings.modify").ToArray() });

        await AssertMissingAsync(own, "settings.modify");
        Assert.Equal(ManagerGrants, await GrantsAsync(ManagerRole));
    }

    [Fact]
    public async Task AManagerChangesAndDeletesRolesWithinItsGrants()
    {
        var spare = GatewayFixture.NewName("Spare");
        await RoleAsync(spare, "customers.view");

        var changed = await SendAsync(Manager, HttpMethod.Put, $"/api/v1/roles/{spare}", $"/api/v1/roles/{spare}", new { grants = new[] { "customers.view", "users.view" } });
        var deleted = await SendAsync(Manager, HttpMethod.Delete, $"/api/v1/roles/{spare}", $"/api/v1/roles/{spare}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent), (changed.StatusCode, deleted.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/v1/roles/{spare}")).StatusCode);
    }

    [Fact]
    public async Task AnAdminStillMakesChangesAndDeletesRolesWithAnyGrants()
    {
        var all = (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/roles/Admin")).GetProperty("grants").EnumerateArray().Select(g => g.GetString()!).ToArray();
        var name = GatewayFixture.NewName("Everything");

        var created = await Admin.PostAsJsonAsync("/api/v1/roles", new { name, grants = all });
        var changed = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/roles/{name}", $"/api/v1/roles/{name}", new { grants = new[] { "payments.process" } });
        var deleted = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/roles/{name}", $"/api/v1/roles/{name}");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.NoContent), (created.StatusCode, changed.StatusCode, deleted.StatusCode));
        Assert.Equal(all, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("grants").EnumerateArray().Select(g => g.GetString()!));
    }

    private async Task<string[]> GrantsAsync(string role) =>
        [.. (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/roles/{role}")).GetProperty("grants").EnumerateArray().Select(g => g.GetString()!)];
}
