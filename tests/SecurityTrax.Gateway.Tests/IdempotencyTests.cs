using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class IdempotencyTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task RepeatWithTheSameKeyReturnsTheFirstAnswerAndCreatesNothing()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { userName = GatewayFixture.NewName("idem"), displayName = "Once", role = "Sales", password = "a-good-password" };
        var before = await CountUsersAsync();

        var first = await PostAsync(key, body);
        var second = await PostAsync(key, body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await CountUsersAsync());
    }

    [Fact]
    public async Task SameKeyForADifferentRequestIsRefused()
    {
        var key = Guid.NewGuid().ToString();
        await PostAsync(key, new { userName = GatewayFixture.NewName("idem"), displayName = "A", role = "Sales", password = "a-good-password" });
        var before = await CountUsersAsync();

        var other = await PostAsync(key, new { userName = GatewayFixture.NewName("idem"), displayName = "B", role = "Sales", password = "a-good-password" });

        await Problems.AssertAsync(other, HttpStatusCode.UnprocessableEntity, "urn:securitytrax:problem:idempotency-key-reused");
        Assert.Equal(before, await CountUsersAsync());
    }

    [Fact]
    public async Task ARefusedRequestCanBeCorrectedAndRetriedWithTheSameKey()
    {
        var key = Guid.NewGuid().ToString();
        var name = GatewayFixture.NewName("idem");

        var refused = await PostAsync(key, new { userName = name, displayName = "A", role = "Sales", password = "short" });
        var again = await PostAsync(key, new { userName = name, displayName = "A", role = "Sales", password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.False(again.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task KeysBelongToTheUserWhoSentThem()
    {
        var key = Guid.NewGuid().ToString();
        var otherAdminName = GatewayFixture.NewName("admin2");
        await Fixture.CreateUserAsync(Admin, otherAdminName, "Admin");
        using var otherAdmin = await Fixture.SignInAsync(GatewayFixture.Tenant, otherAdminName, "a-good-password");
        var body = new { name = GatewayFixture.NewName("Role"), grants = new[] { "users.view" } };

        var mine = await PostAsync(key, body, "/api/v1/roles");
        var theirs = await PostAsync(key, body, "/api/v1/roles", otherAdmin);

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, theirs.StatusCode);
    }

    private async Task<int> CountUsersAsync() => (await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Length;

    private Task<HttpResponseMessage> PostAsync(string key, object body, string path = "/api/v1/users", HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return (client ?? Admin).SendAsync(request);
    }
}
