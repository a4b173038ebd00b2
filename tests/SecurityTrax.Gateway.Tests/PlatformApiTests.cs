using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class PlatformApiTests(GatewayFixture fixture)
{
    [Fact]
    public async Task OperatorCreatesATenantWhoseAdminSignsInWithTheGeneratedPassword()
    {
        var slug = GatewayFixture.NewName("dealer");

        var response = await CreateAsync(new { slug, companyName = "Rocky Mountain Alarm", adminUserName = "Owner" }, GatewayFixture.OperatorKey);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var password = body.GetProperty("adminPassword").GetString()!;
        using var owner = await fixture.SignInAsync(slug, "owner", password);
        var settings = await owner.GetFromJsonAsync<JsonElement>("/api/v1/settings");
        Assert.Equal("Rocky Mountain Alarm", settings.GetProperty("companyName").GetString());
    }

    [Fact]
    public async Task WithoutTheOperatorKeyNothingIsCreated()
    {
        var slug = GatewayFixture.NewName("nokey");

        var missing = await CreateAsync(new { slug, companyName = "X", adminUserName = "admin" }, null);
        var wrong = await CreateAsync(new { slug, companyName = "X", adminUserName = "admin" }, "guess");

        await Problems.AssertAsync(missing, HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");
        await Problems.AssertAsync(wrong, HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Http.PostAsJsonAsync("/api/v1/auth/token", new { tenant = slug, userName = "admin", password = "whatever-it-is" })).StatusCode);
    }

    [Fact]
    public async Task DuplicateAndInvalidSlugsAreRefused()
    {
        var duplicate = await CreateAsync(new { slug = GatewayFixture.Tenant, companyName = "X", adminUserName = "admin" }, GatewayFixture.OperatorKey);
        var invalid = await CreateAsync(new { slug = "Bad Slug!", companyName = "X", adminUserName = "admin" }, GatewayFixture.OperatorKey);

        await Problems.AssertAsync(duplicate, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        var errors = await Problems.AssertAsync(invalid, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty("slug", out _));
    }

    private Task<HttpResponseMessage> CreateAsync(object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/platform/tenants") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("X-Operator-Key", key);
        }

        return fixture.Http.SendAsync(request);
    }
}
