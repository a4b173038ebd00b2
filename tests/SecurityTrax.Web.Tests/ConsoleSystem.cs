using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Web.Tests;

/// <summary>
/// The whole system as a browser meets it: a real silo on a fresh database and the real gateway listening on a
/// loopback port (Kestrel, not the in-memory test server), serving the console and the API.
/// </summary>
public sealed class ConsoleSystem : IAsyncLifetime
{
    public const string AdminPassword = "console-admin-password";
    private const string OperatorKey = "operator-key-for-console-tests";

    private TestDatabase _database = null!;
    private WebApplicationFactory<Program> _gateway = null!;

    public TestSilo Silo { get; private set; } = null!;

    /// <summary>Stripe's API for companies that set their own test keys (<c>sk_test_…</c>); nothing reaches the internet.</summary>
    public FakeStripeServer Stripe { get; private set; } = null!;

    /// <summary>The console's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>An anonymous client of the gateway, over real HTTP.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        Stripe = await FakeStripeServer.StartAsync();
        var serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
        var clusterId = "cluster-" + Guid.NewGuid().ToString("N")[..8];
        Silo = await TestSilo.StartAsync(_database, serviceId, clusterId, settings: new Dictionary<string, string?>
        {
            ["Bootstrap:Tenant"] = "console",
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["Payments:Stripe:ApiBase"] = Stripe.BaseUrl,
        });
        _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Cluster:Membership", "Localhost");
            web.UseSetting("Cluster:ServiceId", serviceId);
            web.UseSetting("Cluster:ClusterId", clusterId);
            web.UseSetting("Cluster:GatewayPort", Silo.GatewayPort.ToString(CultureInfo.InvariantCulture));
            web.UseSetting("Auth:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            web.UseTestCertificates();
            web.UseSetting("Platform:OperatorKey", OperatorKey);
            // The Files tab streams bytes between the gateway and the file store in the database.
            web.UseSetting("ConnectionStrings:Runtime", _database.Runtime);
            // A free port of its own: appsettings' fixed 5080 would collide with another run of these tests on the machine.
            web.UseSetting("Urls", "http://127.0.0.1:0");
            foreach (var (key, value) in TestRateLimits.Unreachable)
            {
                web.UseSetting(key, value);
            }
        });
        _gateway.UseKestrel(0);
        _gateway.StartServer();
        Http = _gateway.CreateClient();
        BaseAddress = Http.BaseAddress!;
    }

    /// <summary>A new dealer company of its own for one test; its admin signs in with <see cref="AdminPassword"/>.</summary>
    public async Task<string> NewTenantAsync()
    {
        var slug = "w" + Guid.NewGuid().ToString("N")[..10];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/platform/tenants")
        {
            Content = JsonContent.Create(new { slug, companyName = "Console Alarm Co", adminUserName = "admin", adminPassword = AdminPassword }),
        };
        request.Headers.Add("X-Operator-Key", OperatorKey);
        (await Http.SendAsync(request)).EnsureSuccessStatusCode();
        return slug;
    }

    /// <summary>The company asks for the bureau and the platform operator approves it, so its credit reports can run.</summary>
    public async Task ApproveBureauAsync(HttpClient admin, string tenant, string bureau = "sandbox")
    {
        var asked = await admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau, permissiblePurpose = "Account review of monitoring applicants, with their consent." });
        asked.EnsureSuccessStatusCode();
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var approve = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/platform/credit-bureau-requests/{tenant}/{id}/approve") { Content = JsonContent.Create(new { }) };
        approve.Headers.Add("X-Operator-Key", OperatorKey);
        (await Http.SendAsync(approve)).EnsureSuccessStatusCode();
    }

    /// <summary>A client of the API signed in as the tenant's admin (to arrange data and to check what the console stored).</summary>
    public async Task<HttpClient> AdminApiAsync(string tenant)
    {
        var response = await Http.PostAsJsonAsync("/api/v1/auth/token", new { tenant, userName = "admin", password = AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _gateway.DisposeAsync();
        await Silo.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(_database.Name);
        await Stripe.DisposeAsync();
    }
}
