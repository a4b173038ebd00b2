using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>
/// What the console does when the API says a session ended (401 on a voided token): it refreshes once and retries, so a
/// re-roled user carries on with the new role, and a disabled user, whose refresh is refused, is signed out.
/// </summary>
public sealed class SessionEndTests : BunitContext
{
    private const string Customer = "/api/v1/customers/5";
    private readonly FakeApi _api = new("customers.view");

    public SessionEndTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.Setup<string?>("sessionStorage.getItem", _ => true).SetResult("r");
        Services.AddSingleton(new HttpClient(_api) { BaseAddress = new Uri("http://console.test/") });
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<TokenStore>();
        Services.AddSingleton<AuthSession>();
        Services.AddSingleton<ApiClient>();
    }

    [Fact]
    public async Task AReRoledUserIsRefreshedOnceAndTheRequestRetriedWithTheNewRole()
    {
        var session = await SignInAsync();
        var answers = new Queue<HttpResponseMessage>([Ended(), FakeApi.Json(HttpStatusCode.OK, """{"id":5}""")]);
        _api.On(HttpMethod.Get, Customer, answers.Dequeue);
        _api.On(HttpMethod.Post, "/api/v1/auth/refresh", () => FakeApi.Json(HttpStatusCode.OK,
            """{"accessToken":"b","expiresAt":"2100-01-01T00:00:00Z","refreshToken":"r2","expiresIn":900}"""));
        _api.On(HttpMethod.Get, "/api/v1/me", () => FakeApi.Json(HttpStatusCode.OK,
            """{"tenant":"t","userId":7,"userName":"vera","role":"Technician","grants":["customers.view"]}"""));

        var result = await Services.GetRequiredService<ApiClient>().GetAsync<JsonElement>(Customer.TrimStart('/'));

        Assert.Equal(200, result.Status);
        Assert.Equal("Technician", session.Me!.Role);
        Assert.Equal("b", session.AccessToken);
        Assert.Single(_api.Sent, s => s.Path == "/api/v1/auth/refresh");
        Assert.Equal(2, _api.Sent.Count(s => s.Path == Customer));
    }

    [Fact]
    public async Task ADisabledUserWhoseRefreshIsRefusedIsSignedOut()
    {
        var session = await SignInAsync();
        _api.On(HttpMethod.Get, Customer, Ended);
        _api.On(HttpMethod.Post, "/api/v1/auth/refresh", () => FakeApi.Problem(401, "The refresh token is not valid."));

        var result = await Services.GetRequiredService<ApiClient>().GetAsync<JsonElement>(Customer.TrimStart('/'));

        Assert.Equal(401, result.Status);
        Assert.Equal("The session has ended.", result.Problem!.Title);
        Assert.False(session.SignedIn);
        Assert.Single(_api.Sent, s => s.Path == Customer);
    }

    private static HttpResponseMessage Ended() => FakeApi.Problem(401, "The session has ended.");

    private async Task<AuthSession> SignInAsync()
    {
        var session = Services.GetRequiredService<AuthSession>();
        Assert.Null(await session.SignInAsync("t", "vera", "pw"));
        return session;
    }
}
