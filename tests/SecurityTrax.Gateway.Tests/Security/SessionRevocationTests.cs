using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Orleans.Core.Internal;
using SecurityTrax.Identity;
using SecurityTrax.Notifications;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Security;

/// <summary>
/// An access token dies with its session on every route and every gateway (issue 22 follow-up): after a disable, a role
/// change or a password reset the old token answers 401 and changes nothing, here and on a gateway that never heard of it.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class SessionRevocationTests(GatewayFixture fixture) : AdminSession(fixture)
{
    private const string Password = "a-good-password";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ADisabledUsersTokenIsRefusedAtOnceAndATokenAfterReEnablingWorks()
    {
        var (user, customerId, etag, old) = await OfficeUserReadingACustomerAsync("Dee");

        Assert.Equal(HttpStatusCode.OK, (await UserWriteAsync("disable", user.Id)).StatusCode);

        await AssertEndedAsync(old, customerId, etag);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(user.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UserWriteAsync("enable", user.Id)).StatusCode);
        await AssertEndedAsync(old, customerId, etag);
        using var fresh = Client(Fixture.Gateway, (await SignInAsync(user.Name)).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
    }

    [Fact]
    public async Task AReRoledUsersTokenIsRefusedAndTheRefreshCarriesTheNewRole()
    {
        var (user, customerId, etag, old) = await OfficeUserReadingACustomerAsync("Rory");

        var body = JsonContent.Create(new { displayName = user.Name, role = "Technician" });
        Assert.Equal(HttpStatusCode.OK, (await SendWithETagAsync(HttpMethod.Put, $"/api/v1/users/{user.Id}", user.Id, body)).StatusCode);

        await AssertEndedAsync(old, customerId, etag);
        var refreshed = await RefreshAsync(user.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var token = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Technician", token.GetProperty("user").GetProperty("role").GetString());
        using var renewed = Client(Fixture.Gateway, token.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
        // The new role holds no customers.modify: the write is refused for the grant now, not for the session.
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(renewed, HttpMethod.Put, $"/api/v1/customers/{customerId}", etag, Person("Rory", "Changed"))).StatusCode);
    }

    [Fact]
    public async Task APasswordResetVoidsTheOldTokenOnThisGatewayAndOnAFreshOne()
    {
        var (user, customerId, etag, old) = await OfficeUserReadingACustomerAsync("Pat");

        var reset = await SendWithETagAsync(HttpMethod.Post, $"/api/v1/users/{user.Id}/password", user.Id, JsonContent.Create(new { password = "another-good-password" }));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        await AssertEndedAsync(old, customerId, etag);
        // A gateway started after the reset has no push history and no cache: the user directory's stamp refuses it.
        var second = Fixture.StartGateway();
        using var elsewhere = Client(second, user.AccessToken);
        await AssertEndedAsync(elsewhere, customerId, etag);
        using var signedInAgain = Client(second, (await SignInAsync(user.Name, "another-good-password", second)).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await signedInAgain.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
    }

    [Fact]
    public async Task AGatewayThatMissedThePushTrustsWhatItReadForItsIntervalAndThenReadsAgain()
    {
        // A company of its own: its hub grain loses every gateway's subscription below, which no other test may feel.
        var tenant = await Fixture.CreateTenantAsync(Password);
        using var admin = await Fixture.SignInAsync(tenant, "admin", Password);
        var name = GatewayFixture.NewName("deaf");
        var id = await Fixture.CreateUserAsync(admin, name, "Office", Password);
        var token = (await Fixture.TokenAsync(tenant, name, Password)).GetProperty("accessToken").GetString()!;
        var (customerId, _, _) = await CreateAsync(admin, Person("Ivy", GatewayFixture.NewName("interval")));
        using var shortCheck = await PrimedGatewayAsync(token, customerId, seconds: 1);
        using var longCheck = await PrimedGatewayAsync(token, customerId, seconds: 300);
        // The push is lost: the company's hub grain forgets its subscribers (until their renewal, 30 s away).
        CallerContext.Set(Caller.System(tenant));
        await Fixture.Silo.Grains.GetGrain<INotificationHubGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id))
            .Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var etag = (await admin.GetAsync($"/api/v1/users/{id}")).Headers.ETag!;
        using var disable = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{id}/disable");
        disable.Headers.IfMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(disable)).StatusCode);

        // Heard nothing and trusts what it read for five minutes: still the old answer, no read per request.
        Assert.Equal(HttpStatusCode.OK, (await longCheck.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
        // Heard nothing either, but reads the stamp again after a second.
        var until = DateTime.UtcNow + Deadline;
        while ((await shortCheck.GetAsync($"/api/v1/customers/{customerId}")).StatusCode == HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < until, "The one-second gateway never read the new stamp.");
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await shortCheck.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
    }

    [Fact]
    public async Task TheGatewayThatServedTheDisableRefusesTheOldTokenAtOnceEvenWithoutThePush()
    {
        // A company of its own whose hub grain loses its subscribers: no push reaches any gateway.
        var tenant = await Fixture.CreateTenantAsync(Password);
        var name = GatewayFixture.NewName("served");
        long id;
        using (var admin = await Fixture.SignInAsync(tenant, "admin", Password))
        {
            id = await Fixture.CreateUserAsync(admin, name, "Office", Password);
        }

        var gateway = Fixture.StartGateway(new Dictionary<string, string?> { ["Auth:SessionCheckSeconds"] = "300" });
        using var admin300 = Client(gateway, (await Fixture.TokenAsync(tenant, "admin", Password, gateway)).GetProperty("accessToken").GetString()!);
        using var user300 = Client(gateway, (await Fixture.TokenAsync(tenant, name, Password, gateway)).GetProperty("accessToken").GetString()!);
        var (customerId, _, _) = await CreateAsync(admin300, Person("Una", GatewayFixture.NewName("served")));
        Assert.Equal(HttpStatusCode.OK, (await user300.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
        CallerContext.Set(Caller.System(tenant));
        await Fixture.Silo.Grains.GetGrain<INotificationHubGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id))
            .Cast<IGrainManagementExtension>().DeactivateOnIdle();

        using var disable = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{id}/disable");
        disable.Headers.IfMatch.Add((await admin300.GetAsync($"/api/v1/users/{id}")).Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await admin300.SendAsync(disable)).StatusCode);

        // The gateway trusts a read stamp for five minutes and heard no push, but it served the write: it reads again.
        Assert.Equal(HttpStatusCode.Unauthorized, (await user300.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin300.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
    }

    /// <summary>A new gateway with the given interval that has read the user's stamp once.</summary>
    private async Task<HttpClient> PrimedGatewayAsync(string accessToken, long customerId, int seconds)
    {
        var gateway = Fixture.StartGateway(new Dictionary<string, string?> { ["Auth:SessionCheckSeconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var client = Client(gateway, accessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
        return client;
    }

    private async Task AssertEndedAsync(HttpClient old, long customerId, string etag)
    {
        var read = await old.GetAsync($"/api/v1/customers/{customerId}");
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        var problem = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:securitytrax:problem:unauthorized", problem.GetProperty("type").GetString());
        Assert.Equal("The session has ended.", problem.GetProperty("title").GetString());

        var write = await SendAsync(old, HttpMethod.Put, $"/api/v1/customers/{customerId}", etag, Person("Changed", "ByAVoidToken"));
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        var after = await Admin.GetAsync($"/api/v1/customers/{customerId}");
        Assert.Equal(etag, after.Headers.ETag!.Tag);
        Assert.NotEqual("Changed", (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("firstName").GetString());
    }

    /// <summary>A new Office user whose token has read a new customer (so this gateway knows the user's stamp).</summary>
    private async Task<(SignedInUser User, long CustomerId, string ETag, HttpClient Old)> OfficeUserReadingACustomerAsync(string firstName)
    {
        var user = await OfficeUserAsync();
        var (customerId, _, etag) = await CreateAsync(Admin, Person(firstName, GatewayFixture.NewName("session")));
        var old = Client(Fixture.Gateway, user.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync($"/api/v1/customers/{customerId}")).StatusCode);
        return (user, customerId, etag, old);
    }

    private async Task<SignedInUser> OfficeUserAsync()
    {
        var name = GatewayFixture.NewName("office");
        var id = await Fixture.CreateUserAsync(Admin, name, "Office", Password);
        var signedIn = await SignInAsync(name);
        return signedIn with { Id = id };
    }

    private async Task<SignedInUser> SignInAsync(string name, string password = Password, WebApplicationFactory<Program>? gateway = null)
    {
        var token = await Fixture.TokenAsync(GatewayFixture.Tenant, name, password, gateway);
        return new SignedInUser(0, name, token.GetProperty("accessToken").GetString()!, token.GetProperty("refreshToken").GetString()!);
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        Fixture.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    private Task<HttpResponseMessage> UserWriteAsync(string action, long userId) =>
        SendWithETagAsync(HttpMethod.Post, $"/api/v1/users/{userId}/{action}", userId, null);

    private async Task<HttpResponseMessage> SendWithETagAsync(HttpMethod method, string path, long userId, HttpContent? body)
    {
        var etag = (await Admin.GetAsync($"/api/v1/users/{userId}")).Headers.ETag!;
        using var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.IfMatch.Add(etag);
        return await Admin.SendAsync(request);
    }

    private HttpClient Client(WebApplicationFactory<Program> gateway, string accessToken) => Fixture.BearerClient(accessToken, gateway);

    private sealed record SignedInUser(long Id, string Name, string AccessToken, string RefreshToken);
}
