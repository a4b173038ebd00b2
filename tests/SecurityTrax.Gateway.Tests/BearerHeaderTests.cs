using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>The Authorization header is read once per header and tokens are remembered: each request must still be its own user.</summary>
[Collection(GatewayCollection.Name)]
public sealed class BearerHeaderTests(GatewayFixture fixture)
{
    [Fact]
    public async Task OneClientSwitchingTokensIsEachTimeTheTokensUser()
    {
        using var admin = await fixture.SignInAsAdminAsync();
        var name = GatewayFixture.NewName("tech");
        await fixture.CreateUserAsync(admin, name, "Technician");
        var adminToken = await AccessTokenAsync("admin", GatewayFixture.AdminPassword);
        var techToken = await AccessTokenAsync(name, "a-good-password");
        using var client = fixture.Gateway.CreateClient();

        foreach (var (token, expected) in new[] { (adminToken, "admin"), (techToken, name), (adminToken, "admin"), (techToken, name) })
        {
            using var request = Get("/api/v1/me", "Bearer " + token);
            var me = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(expected, me.GetProperty("userName").GetString());
        }

        using var forbidden = Get("/api/v1/settings", "Bearer " + techToken);
        using var allowed = Get("/api/v1/settings", "Bearer " + adminToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(forbidden)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(allowed)).StatusCode);
    }

    [Theory]
    [InlineData("bearer {0}", HttpStatusCode.OK)]
    [InlineData("BEARER   {0}  ", HttpStatusCode.OK)]
    [InlineData("Basic {0}", HttpStatusCode.Unauthorized)]
    [InlineData("Bearer{0}", HttpStatusCode.Unauthorized)]
    [InlineData("Bearer x{0}", HttpStatusCode.Unauthorized)]
    public async Task TheSchemeIsBearerInAnyCaseAndTheTokenIsTrimmed(string header, HttpStatusCode expected)
    {
        var token = await AccessTokenAsync("admin", GatewayFixture.AdminPassword);
        using var client = fixture.Gateway.CreateClient();
        using var request = Get("/api/v1/settings", string.Format(System.Globalization.CultureInfo.InvariantCulture, header, token));

        Assert.Equal(expected, (await client.SendAsync(request)).StatusCode);
    }

    // Sent as written: HttpClient's typed header would normalise the scheme and spaces.
    private static HttpRequestMessage Get(string path, string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }

    private async Task<string> AccessTokenAsync(string userName, string password) =>
        (await fixture.TokenAsync(GatewayFixture.Tenant, userName, password)).GetProperty("accessToken").GetString()!;
}
