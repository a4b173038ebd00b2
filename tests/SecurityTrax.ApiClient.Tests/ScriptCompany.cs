using System.Net.Http.Headers;
using SecurityTrax.Gateway.Tests;

namespace SecurityTrax.ApiClient.Tests;

/// <summary>
/// A company of its own, created and signed in to through the generated client only: the operator's key and the bearer
/// token go on the HttpClient the way any consumer of the generated client would configure it.
/// </summary>
public sealed class ScriptCompany : IDisposable
{
    private const string Password = "script-admin-password";

    private ScriptCompany(string slug, HttpClient http, SecurityTraxClient client) => (Slug, _http, Client) = (slug, http, client);

    private readonly HttpClient _http;

    public string Slug { get; }

    /// <summary>The generated client, signed in as the company's admin.</summary>
    public SecurityTraxClient Client { get; }

    public static async Task<ScriptCompany> StartAsync(GatewayFixture fixture)
    {
        var slug = "api" + Guid.NewGuid().ToString("N")[..10];
        using (var operatorHttp = fixture.Gateway.CreateClient())
        {
            operatorHttp.DefaultRequestHeaders.Add("X-Operator-Key", GatewayFixture.OperatorKey);
            await new SecurityTraxClient(operatorHttp).CreateTenantAsync(new CreateTenantRequest
            {
                Slug = slug,
                CompanyName = "Script Alarm Co",
                AdminUserName = "admin",
                AdminPassword = Password,
            });
        }

        var http = fixture.Gateway.CreateClient();
        var client = new SecurityTraxClient(http);
        var token = await client.SignInAsync(new TokenRequest { Tenant = slug, UserName = "admin", Password = Password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Result.AccessToken);
        return new ScriptCompany(slug, http, client);
    }

    /// <summary>A fresh key per operation, the same on its retries.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N");

    /// <summary>The ETag of an answer, as the next write's If-Match.</summary>
    public static string ETag(SwaggerResponse response) => Assert.Single(response.Headers["ETag"]);

    public void Dispose() => _http.Dispose();
}
