using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class UsersAndRolesApiTests(GatewayFixture fixture) : IAsyncLifetime
{
    private HttpClient _admin = null!;

    public async Task InitializeAsync() => _admin = await fixture.SignInAsAdminAsync();

    public Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CreatedUserIsListedAndCanSignIn()
    {
        var name = GatewayFixture.NewName("sales");

        var response = await _admin.PostAsJsonAsync("/api/v1/users", new { userName = name, displayName = "Sam Sales", email = "sam@example.com", role = "Sales", password = "a-good-password" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/users/{created.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Sales", created.GetProperty("role").GetString());
        var users = await _admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users");
        Assert.Contains(users!, u => u.GetProperty("userName").GetString() == name);
        using var sales = await fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");
        Assert.Equal(HttpStatusCode.OK, (await sales.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task InvalidUserIsRefusedFieldByFieldAndNothingIsCreated()
    {
        var before = (await _admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Length;

        var response = await _admin.PostAsJsonAsync("/api/v1/users", new { userName = "A B", displayName = "", email = "not-an-email", role = "Wizard", password = "short" });

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["displayName", "email", "password", "role", "userName"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(before, (await _admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Length);
    }

    [Fact]
    public async Task UserNameIsUniqueIgnoringCase()
    {
        var name = GatewayFixture.NewName("dup");
        await fixture.CreateUserAsync(_admin, name, "Sales");

        var response = await _admin.PostAsJsonAsync("/api/v1/users", new { userName = name.ToUpperInvariant(), displayName = "Twin", role = "Sales", password = "a-good-password" });

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty("userName", out _));
    }

    [Fact]
    public async Task StaleIfMatchOnAUserAnswers412()
    {
        var id = await fixture.CreateUserAsync(_admin, GatewayFixture.NewName("u"), "Sales");
        var etag = (await _admin.GetAsync($"/api/v1/users/{id}")).Headers.ETag!;
        Assert.Equal(HttpStatusCode.OK, (await PutUserAsync(id, etag, "First", "Sales")).StatusCode);

        var stale = await PutUserAsync(id, etag, "Second", "Office");

        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        var user = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        Assert.Equal("First", user.GetProperty("displayName").GetString());
        Assert.Equal("Sales", user.GetProperty("role").GetString());
    }

    [Fact]
    public async Task LastEnabledAdminCannotBeDisabledOrDemoted()
    {
        var admins = (await _admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!
            .Where(u => u.GetProperty("role").GetString() == "Admin").ToArray();
        Assert.Single(admins);
        var id = admins[0].GetProperty("id").GetString();
        var etag = (await _admin.GetAsync($"/api/v1/users/{id}")).Headers.ETag!;

        using var disable = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{id}/disable");
        disable.Headers.IfMatch.Add(etag);
        await Problems.AssertAsync(await _admin.SendAsync(disable), HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        await Problems.AssertAsync(await PutUserAsync(id!, etag, "Administrator", "Office"), HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
    }

    [Fact]
    public async Task CustomRoleGivesExactlyItsGrants()
    {
        var role = GatewayFixture.NewName("Dispatch");
        var created = await _admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "users.view", "settings.view" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var name = GatewayFixture.NewName("disp");
        await fixture.CreateUserAsync(_admin, name, role);

        using var dispatcher = await fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");

        var me = await dispatcher.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(["settings.view", "users.view"], me.GetProperty("grants").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await dispatcher.GetAsync("/api/v1/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dispatcher.GetAsync("/api/v1/roles")).StatusCode);
    }

    [Fact]
    public async Task RoleChangesNeedValidGrantsAndProtectBuiltInsAndUsedRoles()
    {
        var unknown = await _admin.PostAsJsonAsync("/api/v1/roles", new { name = "Broken", grants = new[] { "customers.fly" } });
        var errors = await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty("grants", out _));

        var adminEtag = (await _admin.GetAsync("/api/v1/roles/Admin")).Headers.ETag!;
        using var deleteAdmin = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/roles/Admin");
        deleteAdmin.Headers.IfMatch.Add(adminEtag);
        await Problems.AssertAsync(await _admin.SendAsync(deleteAdmin), HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");

        var role = GatewayFixture.NewName("Used");
        await _admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "users.view" } });
        await fixture.CreateUserAsync(_admin, GatewayFixture.NewName("holder"), role);
        var etag = (await _admin.GetAsync($"/api/v1/roles/{role}")).Headers.ETag!;
        using var deleteUsed = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/roles/{role}");
        deleteUsed.Headers.IfMatch.Add(etag);
        await Problems.AssertAsync(await _admin.SendAsync(deleteUsed), HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
    }

    [Fact]
    public async Task UnusedCustomRoleCanBeChangedAndDeleted()
    {
        var role = GatewayFixture.NewName("Temp");
        var created = await _admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "users.view" } });
        var etag = created.Headers.ETag!;

        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/roles/{role}") { Content = JsonContent.Create(new { grants = new[] { "roles.view", "users.view" } }) };
        update.Headers.IfMatch.Add(etag);
        var updated = await _admin.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(["roles.view", "users.view"], (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("grants").EnumerateArray().Select(g => g.GetString()));

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/roles/{role}");
        delete.Headers.IfMatch.Add(updated.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"/api/v1/roles/{role}")).StatusCode);

        var log = await _admin.GetFromJsonAsync<JsonElement[]>("/api/v1/security-log?limit=200");
        var kinds = log!.Where(e => (e.GetProperty("detail").GetString() ?? "").StartsWith(role, StringComparison.Ordinal)).Select(e => e.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal(["role_deleted", "role_changed", "role_created"], kinds);
    }

    [Fact]
    public async Task ResetPasswordEndsSessionsAndTheNewPasswordWorks()
    {
        var name = GatewayFixture.NewName("reset");
        var id = await fixture.CreateUserAsync(_admin, name, "Sales");
        var token = await fixture.TokenAsync(GatewayFixture.Tenant, name, "a-good-password");

        var reset = await _admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { password = "a-brand-new-password" });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Http.PostAsJsonAsync("/api/v1/auth/token", new { tenant = GatewayFixture.Tenant, userName = name, password = "a-brand-new-password" })).StatusCode);
    }

    private Task<HttpResponseMessage> PutUserAsync(string id, EntityTagHeaderValue etag, string displayName, string role)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/users/{id}") { Content = JsonContent.Create(new { displayName, role }) };
        request.Headers.IfMatch.Add(etag);
        return _admin.SendAsync(request);
    }
}
