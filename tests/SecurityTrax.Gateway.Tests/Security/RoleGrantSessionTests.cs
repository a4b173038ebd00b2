using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Security;

/// <summary>
/// Changing a role's grants ends the sessions of everyone holding it (issue 22 follow-up): their old tokens carry the
/// old grants, so they answer 401 at once and the refresh brings the new grants; holders of other roles keep working.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class RoleGrantSessionTests(GatewayFixture fixture) : AdminSession(fixture)
{
    private const string Password = "a-good-password";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task TakingAGrantFromARoleEndsItsHoldersTokensAndTheRefreshLacksTheGrant()
    {
        var role = await RoleAsync("customers.view", "users.view");
        var holder = await SignedInAsync(role);
        var bystander = await SignedInAsync("Office");
        var (customerId, _, _) = await CreateAsync(Admin, Person("Rhea", GatewayFixture.NewName("grants")));
        using var old = Client(holder.AccessToken);
        using var other = Client(bystander.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);

        // The same grants in another order change nothing, so they end nothing.
        Assert.Equal(HttpStatusCode.OK, (await PutGrantsAsync(role, "users.view", "customers.view")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PutGrantsAsync(role, "users.view")).StatusCode);

        var refused = await AfterThePushAsync(old, $"/api/v1/customers/{customerId}");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("The session has ended.", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
        var refreshed = await Fixture.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = holder.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var token = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["users.view"], token.GetProperty("grants").EnumerateArray().Select(g => g.GetString()));
        using var renewed = Client(token.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.Forbidden, (await renewed.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task AGrantAddedToARoleShowsAtOnceAfterTheRefresh()
    {
        var role = await RoleAsync("users.view");
        var holder = await SignedInAsync(role);
        using var old = Client(holder.AccessToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await old.GetAsync("/api/v1/roles")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await PutGrantsAsync(role, "users.view", "roles.view")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await AfterThePushAsync(old, "/api/v1/users")).StatusCode);
        var refreshed = await Fixture.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = holder.RefreshToken });
        using var renewed = Client((await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/roles")).StatusCode);
    }

    [Fact]
    public async Task ChangingARolesGrantsClosesItsHoldersConnectionsOnly()
    {
        var role = await RoleAsync("customers.view");
        await using var live = await LiveClient.ConnectAsync(Fixture.Gateway, (await SignedInAsync(role)).AccessToken);
        await using var bystander = await LiveClient.ConnectAsync(Fixture.Gateway, (await SignedInAsync("Technician")).AccessToken);
        Assert.False(live.Closed.IsCompleted);

        Assert.Equal(HttpStatusCode.OK, (await PutGrantsAsync(role, "customers.view", "notes.view")).StatusCode);

        await live.Closed.WaitAsync(Deadline);
        // The other role's connection stays: it still answers a call made after the end.
        await bystander.UnwatchCustomerAsync(1);
        Assert.False(bystander.Closed.IsCompleted);
    }

    /// <summary>
    /// The answer to <paramref name="path"/> once it is no longer 200: the push to the gateways is one-way, so the first
    /// request after the change may still be on its way when the push arrives.
    /// </summary>
    private static async Task<HttpResponseMessage> AfterThePushAsync(HttpClient old, string path)
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            var response = await old.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || DateTime.UtcNow > until)
            {
                return response;
            }

            await Task.Delay(50);
        }
    }

    private async Task<string> RoleAsync(params string[] grants)
    {
        var name = GatewayFixture.NewName("Holders");
        (await Admin.PostAsJsonAsync("/api/v1/roles", new { name, grants })).EnsureSuccessStatusCode();
        return name;
    }

    private Task<HttpResponseMessage> PutGrantsAsync(string role, params string[] grants) =>
        SendCurrentAsync(Admin, HttpMethod.Put, $"/api/v1/roles/{role}", $"/api/v1/roles/{role}", new { grants });

    private async Task<(string AccessToken, string RefreshToken)> SignedInAsync(string role)
    {
        var name = GatewayFixture.NewName("holder");
        await Fixture.CreateUserAsync(Admin, name, role, Password);
        var token = await Fixture.TokenAsync(GatewayFixture.Tenant, name, Password);
        return (token.GetProperty("accessToken").GetString()!, token.GetProperty("refreshToken").GetString()!);
    }

    private HttpClient Client(string accessToken) => Fixture.BearerClient(accessToken);
}
