using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests;

/// <summary>The gateway while its only silo is gone: honest 503s at once, and service again when the silo is back.</summary>
/// <remarks>Its own database, silo, fake Stripe and gateway: the silo is killed here, which the shared fixture's tests must not see.</remarks>
public sealed class SiloOutageTests : IAsyncLifetime
{
    private const string Tenant = "outage";
    private const string Password = "outage-admin-password";

    // A request cut off by the outage must answer long before the 30-second call timeout.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    private readonly string _serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _clusterId = "cluster-" + Guid.NewGuid().ToString("N")[..8];
    private readonly (int Silo, int Gateway) _ports = (FreePorts.Next(), FreePorts.Next());
    private TestDatabase _database = null!;
    private FakeStripeServer _stripe = null!;
    private TestSilo? _silo;
    private WebApplicationFactory<Program> _gateway = null!;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        _stripe = await FakeStripeServer.StartAsync();
        _silo = await StartSiloAsync();
        _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Cluster:Membership", "Localhost");
            web.UseSetting("Cluster:ServiceId", _serviceId);
            web.UseSetting("Cluster:ClusterId", _clusterId);
            web.UseSetting("Cluster:GatewayPort", _ports.Gateway.ToString(CultureInfo.InvariantCulture));
            web.UseSetting("Auth:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        });
    }

    [Fact]
    public async Task ARequestWaitingOnASiloThatDiesAndRequestsWhileNoSiloRunsAnswer503AtOnceAndServiceResumesWithTheSilo()
    {
        using var admin = await SignInAsync();
        var customer = await CreateCustomerWithCardAsync(admin);
        var charging = _stripe.FailNextRequest(FakeStripeFault.HangBeforeProcessing, "/v1/payment_intents");
        using var pay = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{customer}/payments") { Content = JsonContent.Create(new { amount = 25.00m }) };
        pay.Headers.Add("Idempotency-Key", "outage-pay-1");
        var inFlight = admin.SendAsync(pay);
        await charging.WaitAsync(TimeSpan.FromSeconds(30));

        var clock = Stopwatch.StartNew();
        await _silo!.KillAsync();
        _silo = null;
        var cutOff = await inFlight.WaitAsync(TimeSpan.FromSeconds(60));
        var cutOffAfter = clock.Elapsed;
        clock.Restart();
        var whileDown = await admin.GetAsync($"/api/v1/customers/{customer}");
        var whileDownAfter = clock.Elapsed;

        await AssertUnavailableAsync(cutOff);
        await AssertUnavailableAsync(whileDown);
        Assert.True(cutOffAfter < Prompt, $"the request cut off by the outage answered after {cutOffAfter}");
        Assert.True(whileDownAfter < Prompt, $"a request while no silo runs answered after {whileDownAfter}");

        _silo = await StartSiloAsync();
        var back = await WhenAnsweredAsync(admin, $"/api/v1/customers/{customer}");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("urn:securitytrax:problem:unavailable", problem.GetProperty("type").GetString());
        Assert.Equal("5", Assert.Single(response.Headers.GetValues("Retry-After")));
    }

    // The gateway notices a returning silo by itself; a client retries as Retry-After says.
    private static async Task<HttpResponseMessage> WhenAnsweredAsync(HttpClient client, string path)
    {
        var until = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || until.Elapsed > TimeSpan.FromSeconds(60))
            {
                return response;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    private Task<TestSilo> StartSiloAsync() => TestSilo.StartAsync(
        _database,
        _serviceId,
        _clusterId,
        settings: new Dictionary<string, string?>
        {
            ["Bootstrap:Tenant"] = Tenant,
            ["Bootstrap:AdminPassword"] = Password,
            ["Payments:Stripe:SecretKey"] = FakeStripeServer.DefaultApiKey,
            ["Payments:Stripe:ApiBase"] = _stripe.BaseUrl,
        },
        ports: _ports);

    private async Task<HttpClient> SignInAsync()
    {
        using var anonymous = _gateway.CreateClient();
        var token = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { tenant = Tenant, userName = "admin", password = Password });
        token.EnsureSuccessStatusCode();
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<long> CreateCustomerWithCardAsync(HttpClient admin)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/customers", new { stage = "customer", firstName = "Dana", lastName = "Outage" });
        created.EnsureSuccessStatusCode();
        var customer = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods", new { kind = "card", token = "pm_card_visa", makeDefault = true })).EnsureSuccessStatusCode();
        return customer;
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        await _stripe.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(_database.Name);
    }
}
