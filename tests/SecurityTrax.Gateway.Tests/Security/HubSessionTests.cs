using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SecurityTrax.Gateway.Tests.Security;

/// <summary>Live connections end with the session (issue 22, point 5), through a real SignalR client.</summary>
[Collection(GatewayCollection.Name)]
public sealed class HubSessionTests(GatewayFixture fixture) : AdminSession(fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AConnectionClosesWhenItsAccessTokenExpires()
    {
        var name = GatewayFixture.NewName("tech");
        var id = await Fixture.CreateUserAsync(Admin, name, "Technician");
        await using var live = await LiveClient.ConnectAsync(Fixture.Gateway, ShortToken(id.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(3)));

        await live.Closed.WaitAsync(Deadline);
    }

    [Fact]
    public async Task DisablingAUserClosesTheirConnectionsAtOnceAndTheOldTokenCannotReconnect()
    {
        var (id, token) = await SignedInUserAsync();
        await using var live = await LiveClient.ConnectAsync(Fixture.Gateway, token);
        Assert.False(live.Closed.IsCompleted);

        Assert.Equal(HttpStatusCode.OK, (await SendWithETagAsync(HttpMethod.Post, $"/api/v1/users/{id}/disable", id, null)).StatusCode);

        await live.Closed.WaitAsync(Deadline);
        // The old token is refused when it asks for a connection again, here and on any other gateway.
        var again = await Assert.ThrowsAsync<HttpRequestException>(() => LiveClient.ConnectAsync(Fixture.Gateway, token));
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task ChangingAUsersRoleClosesTheirConnections()
    {
        var (id, token) = await SignedInUserAsync();
        await using var live = await LiveClient.ConnectAsync(Fixture.Gateway, token);
        await using var bystander = await LiveClient.ConnectAsync(Fixture.Gateway, (await SignedInUserAsync()).Token);

        var changed = await SendWithETagAsync(HttpMethod.Put, $"/api/v1/users/{id}", id, JsonContent.Create(new { displayName = "Moved", role = "Office" }));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        await live.Closed.WaitAsync(Deadline);
        // Another user's connection stays: it still answers a call made after the end.
        await bystander.UnwatchCustomerAsync(1);
        Assert.False(bystander.Closed.IsCompleted);
    }

    private async Task<(long Id, string Token)> SignedInUserAsync()
    {
        var name = GatewayFixture.NewName("tech");
        var id = await Fixture.CreateUserAsync(Admin, name, "Technician");
        var token = await Fixture.TokenAsync(GatewayFixture.Tenant, name, "a-good-password");
        return (id, token.GetProperty("accessToken").GetString()!);
    }

    private async Task<HttpResponseMessage> SendWithETagAsync(HttpMethod method, string path, long userId, HttpContent? body)
    {
        var etag = (await Admin.GetAsync($"/api/v1/users/{userId}")).Headers.ETag!;
        using var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.IfMatch.Add(etag);
        return await Admin.SendAsync(request);
    }

    /// <summary>An access token as the gateway mints them, but living seconds instead of minutes.</summary>
    private string ShortToken(string userId, TimeSpan lifetime)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "securitytrax",
            Audience = "securitytrax-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", userId), new Claim("tenant", GatewayFixture.Tenant), new Claim("name", "short"),
                new Claim("role", "Technician"), new Claim("grants", "customers.view"),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(Fixture.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
