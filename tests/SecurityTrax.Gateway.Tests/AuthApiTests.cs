using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class AuthApiTests(GatewayFixture fixture)
{
    [Fact]
    public async Task SignInGivesATokenThatCarriesTenantUserAndGrants()
    {
        var token = await fixture.TokenAsync(GatewayFixture.Tenant, "admin", GatewayFixture.AdminPassword);
        using var client = Bearer(token.GetProperty("accessToken").GetString()!);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.Equal(900, token.GetProperty("expiresIn").GetInt32());
        Assert.Equal(GatewayFixture.Tenant, me.GetProperty("tenant").GetString());
        Assert.Equal("admin", me.GetProperty("userName").GetString());
        Assert.Contains("users.create", me.GetProperty("grants").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task WrongPasswordAnswers401AndIsInTheSecurityLog()
    {
        using var admin = await fixture.SignInAsAdminAsync();
        var name = GatewayFixture.NewName("clerk");
        await fixture.CreateUserAsync(admin, name, "Office");

        var response = await SignInAsync(GatewayFixture.Tenant, name, "not-the-password");

        await Problems.AssertAsync(response, HttpStatusCode.Unauthorized, "urn:securitytrax:problem:unauthorized");
        var log = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/security-log?limit=200");
        Assert.Contains(log!, e => e.GetProperty("kind").GetString() == "sign_in_failed" && e.GetProperty("userName").GetString() == name);
    }

    [Fact]
    public async Task UnknownTenantAndUnknownUserAnswerLikeAWrongPassword()
    {
        var unknownTenant = await SignInAsync("no-such-dealer", "admin", GatewayFixture.AdminPassword);
        var unknownUser = await SignInAsync(GatewayFixture.Tenant, "nobody-here", GatewayFixture.AdminPassword);

        await Problems.AssertAsync(unknownTenant, HttpStatusCode.Unauthorized, "urn:securitytrax:problem:unauthorized");
        await Problems.AssertAsync(unknownUser, HttpStatusCode.Unauthorized, "urn:securitytrax:problem:unauthorized");
    }

    [Fact]
    public async Task ExpiredAccessTokenAnswers401()
    {
        using var client = Bearer(Token(DateTime.UtcNow.AddMinutes(-30), DateTime.UtcNow.AddMinutes(-10), fixture.SigningKey));

        var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenSignedWithAnotherKeyAnswers401()
    {
        var otherKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        using var client = Bearer(Token(DateTime.UtcNow, DateTime.UtcNow.AddMinutes(10), otherKey));

        var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RefreshRotatesAndReusingAnOldRefreshTokenEndsTheSession()
    {
        var first = await fixture.TokenAsync(GatewayFixture.Tenant, "admin", GatewayFixture.AdminPassword);
        var oldRefresh = first.GetProperty("refreshToken").GetString();

        var second = await RefreshAsync(oldRefresh);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var newRefresh = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();
        Assert.NotEqual(oldRefresh, newRefresh);

        var reuse = await RefreshAsync(oldRefresh);
        await Problems.AssertAsync(reuse, HttpStatusCode.Unauthorized, "urn:securitytrax:problem:unauthorized");
        var afterReuse = await RefreshAsync(newRefresh);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReuse.StatusCode);
    }

    [Fact]
    public async Task LogoutEndsTheRefreshToken()
    {
        var token = await fixture.TokenAsync(GatewayFixture.Tenant, "admin", GatewayFixture.AdminPassword);
        var refresh = token.GetProperty("refreshToken").GetString();

        var logout = await fixture.Http.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = refresh });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(refresh)).StatusCode);
    }

    [Fact]
    public async Task DisabledUserCannotRefreshOrSignInUntilEnabledAgain()
    {
        using var admin = await fixture.SignInAsAdminAsync();
        var name = GatewayFixture.NewName("tech");
        var id = await fixture.CreateUserAsync(admin, name, "Technician");
        var token = await fixture.TokenAsync(GatewayFixture.Tenant, name, "a-good-password");

        var disable = await SendWithETagAsync(admin, HttpMethod.Post, $"/api/v1/users/{id}/disable", $"/api/v1/users/{id}");
        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(token.GetProperty("refreshToken").GetString())).StatusCode);
        await Problems.AssertAsync(await SignInAsync(GatewayFixture.Tenant, name, "a-good-password"), HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");

        var enable = await SendWithETagAsync(admin, HttpMethod.Post, $"/api/v1/users/{id}/enable", $"/api/v1/users/{id}");
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(GatewayFixture.Tenant, name, "a-good-password")).StatusCode);
    }

    [Fact]
    public async Task RequestWithoutTheNeededGrantAnswers403()
    {
        using var admin = await fixture.SignInAsAdminAsync();
        var name = GatewayFixture.NewName("tech");
        await fixture.CreateUserAsync(admin, name, "Technician");
        using var technician = await fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");

        var create = await technician.PostAsJsonAsync("/api/v1/users", new { userName = "x-user", displayName = "X", role = "Admin", password = "a-good-password" });
        var settings = await technician.PutAsJsonAsync("/api/v1/settings", new { companyName = "X" });

        await Problems.AssertAsync(create, HttpStatusCode.Forbidden, null);
        await Problems.AssertAsync(settings, HttpStatusCode.Forbidden, null);
        Assert.Equal(HttpStatusCode.OK, (await technician.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task NoTokenAnswers401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Http.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task AnotherTenantsObjectAnswers404()
    {
        using var admin = await fixture.SignInAsAdminAsync();
        var onlyHere = await fixture.CreateUserAsync(admin, GatewayFixture.NewName("only"), "Sales");
        var other = await fixture.CreateTenantAsync("other-admin-password");
        using var otherAdmin = await fixture.SignInAsync(other, "admin", "other-admin-password");

        var response = await otherAdmin.GetAsync($"/api/v1/users/{onlyHere}");

        await Problems.AssertAsync(response, HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
    }

    [Fact]
    public async Task RepeatedWrongPasswordsLockTheUserOutWith429()
    {
        using var admin = await fixture.SignInAsAdminAsync();
        var name = GatewayFixture.NewName("clerk");
        await fixture.CreateUserAsync(admin, name, "Office");

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(GatewayFixture.Tenant, name, "wrong-password")).StatusCode);
        }

        var fifth = await SignInAsync(GatewayFixture.Tenant, name, "wrong-password");
        var rightPassword = await SignInAsync(GatewayFixture.Tenant, name, "a-good-password");

        await Problems.AssertAsync(fifth, HttpStatusCode.TooManyRequests, "urn:securitytrax:problem:too-many-attempts");
        await Problems.AssertAsync(rightPassword, HttpStatusCode.TooManyRequests, "urn:securitytrax:problem:too-many-attempts");
        Assert.True(int.Parse(rightPassword.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task RepeatedFailuresFromOneAddressAreRefusedWith429()
    {
        var address = TestClientAddress.Random();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(GatewayFixture.Tenant, $"guess{i}", "wrong-password", address)).StatusCode);
        }

        var fromThatAddress = await SignInAsync(GatewayFixture.Tenant, "admin", GatewayFixture.AdminPassword, address);
        var fromElsewhere = await SignInAsync(GatewayFixture.Tenant, "admin", GatewayFixture.AdminPassword);

        await Problems.AssertAsync(fromThatAddress, HttpStatusCode.TooManyRequests, "urn:securitytrax:problem:too-many-attempts");
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
    }

    private async Task<HttpResponseMessage> SignInAsync(string tenant, string userName, string password, string? address = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = JsonContent.Create(new { tenant, userName, password }),
        };
        request.Headers.Add(TestClientAddress.Header, address ?? TestClientAddress.Random());
        return await fixture.Http.SendAsync(request);
    }

    private Task<HttpResponseMessage> RefreshAsync(string? refreshToken) =>
        fixture.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    private static async Task<HttpResponseMessage> SendWithETagAsync(HttpClient client, HttpMethod method, string path, string etagSource)
    {
        var read = await client.GetAsync(etagSource);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        return await client.SendAsync(request);
    }

    private HttpClient Bearer(string token)
    {
        var client = fixture.Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Token(DateTime issued, DateTime expires, string key) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "securitytrax",
            Audience = "securitytrax-api",
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", "1"), new Claim("tenant", GatewayFixture.Tenant), new Claim("grants", "users.view")]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
        });
}
