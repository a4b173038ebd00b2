using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests;

/// <summary>
/// A whole system of its own (database, fake Stripe, one silo on fixed ports, gateways) for tests that kill its parts,
/// which the shared fixture's tests must never see. The silo's business clock is a fake one.
/// </summary>
public sealed class PrivateSystem : IAsyncDisposable
{
    public const string Tenant = "private";
    private const string Password = "private-admin-password";

    private readonly string _serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _clusterId = "cluster-" + Guid.NewGuid().ToString("N")[..8];
    private readonly (int Silo, int Gateway) _ports = (FreePorts.Next(), FreePorts.Next());
    private readonly string _signingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly List<WebApplicationFactory<Program>> _gateways = [];
    private TestDatabase _database = null!;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero));

    public FakeStripeServer Stripe { get; private set; } = null!;

    /// <summary>The running silo; null while it is killed.</summary>
    public TestSilo? Silo { get; private set; }

    public static async Task<PrivateSystem> StartAsync()
    {
        var system = new PrivateSystem { _database = await TestPostgres.CreateDatabaseAsync(), Stripe = await FakeStripeServer.StartAsync() };
        await system.StartSiloAsync();
        return system;
    }

    /// <summary>The system's database (a test may change stored rows while the silo is down).</summary>
    public TestDatabase Database => _database;

    /// <summary>Starts the silo on the system's ports, as after a crash; <paramref name="overrides"/> change its configuration.</summary>
    public async Task StartSiloAsync(IReadOnlyDictionary<string, string?>? overrides = null) => Silo = await TestSilo.StartAsync(
        _database,
        _serviceId,
        _clusterId,
        configureServices: services => services.AddKeyedSingleton<TimeProvider>(SecurityTrax.Clock.Key, Clock),
        settings: new Dictionary<string, string?>
        {
            ["Bootstrap:Tenant"] = Tenant,
            ["Bootstrap:AdminPassword"] = Password,
            ["Payments:Stripe:SecretKey"] = FakeStripeServer.DefaultApiKey,
            ["Payments:Stripe:ApiBase"] = Stripe.BaseUrl,
            // A charge whose answer never comes is given up soon, to be asked again with the same key.
            ["Payments:Stripe:Timeout"] = "00:00:02",
        }.Concat(overrides ?? new Dictionary<string, string?>()).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        ports: _ports);

    public async Task KillSiloAsync()
    {
        await Silo!.KillAsync();
        Silo = null;
    }

    public WebApplicationFactory<Program> StartGateway()
    {
        var gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Cluster:Membership", "Localhost");
            web.UseSetting("Cluster:ServiceId", _serviceId);
            web.UseSetting("Cluster:ClusterId", _clusterId);
            web.UseSetting("Cluster:GatewayPort", _ports.Gateway.ToString(CultureInfo.InvariantCulture));
            web.UseSetting("Auth:SigningKey", _signingKey);
            web.UseTestCertificates();
            web.UseSetting("ConnectionStrings:Runtime", _database.Runtime);
        });
        _gateways.Add(gateway);
        return gateway;
    }

    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> gateway)
    {
        using var anonymous = gateway.CreateClient();
        var token = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { tenant = Tenant, userName = "admin", password = Password });
        token.EnsureSuccessStatusCode();
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    public static async Task<long> CustomerWithCardAsync(HttpClient admin, string kind = "card", string token = "pm_card_visa")
    {
        var created = await admin.PostAsJsonAsync("/api/v1/customers", new { stage = "customer", firstName = "Dana", lastName = "Outage" });
        created.EnsureSuccessStatusCode();
        var customer = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods", new { kind, token, makeDefault = true })).EnsureSuccessStatusCode();
        return customer;
    }

    public static HttpRequestMessage Pay(long customer, decimal amount, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{customer}/payments") { Content = JsonContent.Create(new { amount }) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await gateway.DisposeAsync();
        }

        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }

        await Stripe.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(_database.Name);
    }
}
