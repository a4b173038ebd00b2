using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SecurityTrax.Gateway.Tests.Security;

/// <summary>
/// Behind a proxy the sign-in throttle counts the client's address from <c>X-Forwarded-For</c>, believed only from the
/// configured proxies (issue 22, point 5). Twenty failures from one address are what the throttle allows.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class ForwardedHeadersTests(GatewayFixture fixture)
{
    private const int AllowedFailures = 20;
    private const string Proxy = "10.77.0.1";

    [Fact]
    public async Task BehindAKnownProxyTheThrottleCountsTheClientNotTheProxy()
    {
        var gateway = fixture.StartGateway(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:Enabled"] = "true",
            ["ForwardedHeaders:KnownNetworks:0"] = "10.77.0.0/16",
        });
        var client = TestClientAddress.Random();
        for (var i = 0; i < AllowedFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(gateway, Proxy, client)).StatusCode);
        }

        var sameClient = await SignInAsync(gateway, Proxy, client);
        var otherClientSameProxy = await SignInAsync(gateway, Proxy, TestClientAddress.Random());

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherClientSameProxy.StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredProxyTheHeaderIsIgnored()
    {
        var caller = TestClientAddress.Random();
        for (var i = 0; i < AllowedFailures; i++)
        {
            // Each request claims another client; by default nobody is believed, so they all count against the caller.
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(fixture.Gateway, caller, TestClientAddress.Random())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(fixture.Gateway, caller, TestClientAddress.Random())).StatusCode);
    }

    private static async Task<HttpResponseMessage> SignInAsync(WebApplicationFactory<Program> gateway, string from, string forwardedFor)
    {
        using var http = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = JsonContent.Create(new { tenant = GatewayFixture.Tenant, userName = "nobody-here", password = "a-guess" }),
        };
        request.Headers.Add(TestClientAddress.Header, from);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await http.SendAsync(request);
    }
}
