using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class UsersAndRolesApiTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task CreatedUserIsListedAndCanSignIn()
    {
        var name = GatewayFixture.NewName("sales");

        var response = await Admin.PostAsJsonAsync("/api/v1/users", new { userName = name, displayName = "Sam Sales", email = "sam@example.com", role = "Sales", password = "a-good-password" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/users/{created.GetProperty("id").GetInt64()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Sales", created.GetProperty("role").GetString());
        var users = await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users");
        Assert.Contains(users!, u => u.GetProperty("userName").GetString() == name);
        using var sales = await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");
        Assert.Equal(HttpStatusCode.OK, (await sales.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task InvalidUserIsRefusedFieldByFieldAndNothingIsCreated()
    {
        var before = (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Length;

        var response = await Admin.PostAsJsonAsync("/api/v1/users", new { userName = "A B", displayName = "", email = "not-an-email", role = "Wizard", password = "short" });

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["displayName", "email", "password", "role", "userName"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(before, (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Length);
    }

    [Fact]
    public async Task UserNameIsUniqueIgnoringCase()
    {
        var name = GatewayFixture.NewName("dup");
        await Fixture.CreateUserAsync(Admin, name, "Sales");

        var response = await Admin.PostAsJsonAsync("/api/v1/users", new { userName = name.ToUpperInvariant(), displayName = "Twin", role = "Sales", password = "a-good-password" });

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty("userName", out _));
    }

    [Fact]
    public async Task StaleIfMatchOnAUserAnswers412()
    {
        var id = await Fixture.CreateUserAsync(Admin, GatewayFixture.NewName("u"), "Sales");
        var etag = (await Admin.GetAsync($"/api/v1/users/{id}")).Headers.ETag!;
        Assert.Equal(HttpStatusCode.OK, (await PutUserAsync(id, etag, "First", "Sales")).StatusCode);

        var stale = await PutUserAsync(id, etag, "Second", "Office");

        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        var user = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        Assert.Equal("First", user.GetProperty("displayName").GetString());
        Assert.Equal("Sales", user.GetProperty("role").GetString());
    }

    [Fact]
    public async Task LastEnabledAdminCannotBeDisabledOrDemoted()
    {
        var admins = (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!
            .Where(u => u.GetProperty("role").GetString() == "Admin").ToArray();
        Assert.Single(admins);
        var id = admins[0].GetProperty("id").GetInt64();
        var etag = (await Admin.GetAsync($"/api/v1/users/{id}")).Headers.ETag!;

        using var disable = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{id}/disable");
        disable.Headers.IfMatch.Add(etag);
        await Problems.AssertAsync(await Admin.SendAsync(disable), HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        await Problems.AssertAsync(await PutUserAsync(id, etag, "Administrator", "Office"), HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
    }

    [Fact]
    public async Task CustomRoleGivesExactlyItsGrants()
    {
        var role = GatewayFixture.NewName("Dispatch");
        var created = await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "users.view", "settings.view" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var name = GatewayFixture.NewName("disp");
        await Fixture.CreateUserAsync(Admin, name, role);

        using var dispatcher = await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");

        var me = await dispatcher.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(["settings.view", "users.view"], me.GetProperty("grants").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await dispatcher.GetAsync("/api/v1/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dispatcher.GetAsync("/api/v1/roles")).StatusCode);
    }

    [Fact]
    public async Task RoleChangesNeedValidGrantsAndProtectBuiltInsAndUsedRoles()
    {
        var unknown = await Admin.PostAsJsonAsync("/api/v1/roles", new { name = "Broken", grants = new[] { "customers.fly" } });
        var errors = await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty("grants", out _));

        var adminEtag = (await Admin.GetAsync("/api/v1/roles/Admin")).Headers.ETag!;
        using var deleteAdmin = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/roles/Admin");
        deleteAdmin.Headers.IfMatch.Add(adminEtag);
        await Problems.AssertAsync(await Admin.SendAsync(deleteAdmin), HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");

        var role = GatewayFixture.NewName("Used");
        await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "users.view" } });
        await Fixture.CreateUserAsync(Admin, GatewayFixture.NewName("holder"), role);
        var etag = (await Admin.GetAsync($"/api/v1/roles/{role}")).Headers.ETag!;
        using var deleteUsed = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/roles/{role}");
        deleteUsed.Headers.IfMatch.Add(etag);
        await Problems.AssertAsync(await Admin.SendAsync(deleteUsed), HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
    }

    [Fact]
    public async Task UnusedCustomRoleCanBeChangedAndDeleted()
    {
        var role = GatewayFixture.NewName("Temp");
        var created = await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "users.view" } });
        var etag = created.Headers.ETag!;

        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/roles/{role}") { Content = JsonContent.Create(new { grants = new[] { "roles.view", "users.view" } }) };
        update.Headers.IfMatch.Add(etag);
        var updated = await Admin.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(["roles.view", "users.view"], (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("grants").EnumerateArray().Select(g => g.GetString()));

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/roles/{role}");
        delete.Headers.IfMatch.Add(updated.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NoContent, (await Admin.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/v1/roles/{role}")).StatusCode);

        var log = await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/security-log?limit=200");
        var kinds = log!.Where(e => (e.GetProperty("detail").GetString() ?? "").StartsWith(role, StringComparison.Ordinal)).Select(e => e.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal(["role_deleted", "role_changed", "role_created"], kinds);
    }

    [Fact]
    public async Task ResetPasswordEndsSessionsAndTheNewPasswordWorks()
    {
        var name = GatewayFixture.NewName("reset");
        var id = await Fixture.CreateUserAsync(Admin, name, "Sales");
        var token = await Fixture.TokenAsync(GatewayFixture.Tenant, name, "a-good-password");

        var reset = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/users/{id}/password", $"/api/v1/users/{id}", new { password = "a-brand-new-password" });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Fixture.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Fixture.Http.PostAsJsonAsync("/api/v1/auth/token", new { tenant = GatewayFixture.Tenant, userName = name, password = "a-brand-new-password" })).StatusCode);
    }

    private Task<HttpResponseMessage> PutUserAsync(long id, EntityTagHeaderValue etag, string displayName, string role)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/users/{id}") { Content = JsonContent.Create(new { displayName, role }) };
        request.Headers.IfMatch.Add(etag);
        return Admin.SendAsync(request);
    }
}
