using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Messages.Delivery;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A real silo on a fresh database, and the real gateway connected to it over TCP as an Orleans client.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const string Tenant = "gwtest";
    public const string AdminPassword = "first-admin-password";
    public const string OperatorKey = "operator-key-for-tests";

    /// <summary>The public address Twilio is told to call back; its signatures are computed over it.</summary>
    public const string PublicBaseUrl = "https://office.example.test";

    /// <summary>Stripe's webhook signing secret; no Stripe key is set, so payments run on the sandbox processor.</summary>
    public const string StripeWebhookSecret = "whsec_gateway_tests";

    private readonly List<WebApplicationFactory<Program>> _gateways = [];

    public string ServiceId { get; } = "svc-" + Guid.NewGuid().ToString("N")[..8];

    public string ClusterId { get; } = "cluster-" + Guid.NewGuid().ToString("N")[..8];

    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public TestDatabase Database { get; private set; } = null!;

    public TestSilo Silo { get; private set; } = null!;

    /// <summary>The mail server the silo sends email to.</summary>
    public LocalSmtpServer Smtp { get; } = LocalSmtpServer.Start();

    /// <summary>Twilio as the silo's Twilio client sees it.</summary>
    public FakeTwilio Twilio { get; } = new();

    /// <summary>Stripe's API for companies that set their own test keys; the platform has none, so the others use the sandbox.</summary>
    public FakeStripeServer Stripe { get; private set; } = null!;

    /// <summary>How long a payment confirmed in the browser waits for the customer here (30 minutes in production).</summary>
    public static readonly TimeSpan BrowserPaymentTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long a portal sign-in code works here (10 minutes in production).</summary>
    public static readonly TimeSpan PortalCodeLifetime = TimeSpan.FromSeconds(20);

    public WebApplicationFactory<Program> Gateway { get; private set; } = null!;

    /// <summary>An anonymous client of the gateway.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestPostgres.CreateDatabaseAsync();
        Stripe = await FakeStripeServer.StartAsync();
        Silo = await TestSilo.StartAsync(
            Database,
            ServiceId,
            ClusterId,
            configureServices: services => services.AddSingleton(new TwilioHttp(new HttpClient(Twilio))),
            settings: new Dictionary<string, string?>
            {
                ["Bootstrap:Tenant"] = Tenant,
                ["Bootstrap:AdminPassword"] = AdminPassword,
                ["Messaging:Smtp:Host"] = "127.0.0.1",
                ["Messaging:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
                ["Messaging:Smtp:Security"] = "None",
                ["Messaging:Smtp:From"] = "office@acme-alarm.test",
                ["Messaging:Smtp:FromName"] = "Acme Alarm",
                ["Messaging:Twilio:AccountSid"] = FakeTwilio.AccountSid,
                ["Messaging:Twilio:AuthToken"] = FakeTwilio.AuthToken,
                ["Messaging:Twilio:From"] = FakeTwilio.From,
                ["Messaging:Twilio:CallbackBaseUrl"] = PublicBaseUrl,
                ["Messaging:CampaignMessagesPerSecond"] = "2000",
                ["Messaging:Smtp:Connections"] = "16",
                ["Payments:Stripe:WebhookSecret"] = StripeWebhookSecret,
                ["Payments:Stripe:ApiBase"] = Stripe.BaseUrl,
                ["Payments:BrowserPaymentTimeout"] = BrowserPaymentTimeout.ToString(),
                ["Payments:PortalCodeLifetime"] = PortalCodeLifetime.ToString(),
                ["Payments:PortalBaseUrl"] = PublicBaseUrl,
                // Credit report limits low enough to reach in a test; each test's company is new (issue 19).
                ["CreditReports:DailyQuota"] = "6",
                ["CreditReports:PerUserPerHour"] = "4",
                ["CreditReports:BureauTimeout"] = "00:00:05",
                // Bulk print's limit low enough to pass in a test.
                ["Printing:MaxBatchDocuments"] = "6",
            });
        Gateway = StartGateway();
        Http = Gateway.CreateClient();
    }

    /// <summary>Another gateway process on the same cluster (tests of several gateways and of restarts).</summary>
    public WebApplicationFactory<Program> StartGateway(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Cluster:Membership", "Localhost");
            web.UseSetting("Cluster:ServiceId", ServiceId);
            web.UseSetting("Cluster:ClusterId", ClusterId);
            web.UseSetting("Cluster:GatewayPort", Silo.GatewayPort.ToString(CultureInfo.InvariantCulture));
            web.UseSetting("Auth:SigningKey", SigningKey);
            web.UseTestCertificates();
            web.UseSetting("Platform:OperatorKey", OperatorKey);
            // File bytes stream between the gateway and PostgreSQL (DESIGN §9).
            web.UseSetting("ConnectionStrings:Runtime", Database.Runtime);
            web.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
            // The suite shares one company and admin: its requests must never meet the rate limits (RateLimitTests sets its own).
            foreach (var (key, value) in TestRateLimits.Unreachable)
            {
                web.UseSetting(key, value);
            }

            foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }
        });
        _gateways.Add(gateway);
        return gateway;
    }

    public Task<HttpClient> SignInAsAdminAsync() => SignInAsync(Tenant, "admin", AdminPassword);

    /// <summary>A client that sends the access token of <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignInAsync(string tenant, string userName, string password, WebApplicationFactory<Program>? gateway = null)
    {
        var token = await TokenAsync(tenant, userName, password, gateway);
        return BearerClient(token.GetProperty("accessToken").GetString()!, gateway);
    }

    /// <summary>A client of <paramref name="gateway"/> (the shared one by default) that sends <paramref name="accessToken"/>.</summary>
    public HttpClient BearerClient(string accessToken, WebApplicationFactory<Program>? gateway = null)
    {
        var client = (gateway ?? Gateway).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public async Task<JsonElement> TokenAsync(string tenant, string userName, string password, WebApplicationFactory<Program>? gateway = null)
    {
        using var anonymous = (gateway ?? Gateway).CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { tenant, userName, password });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Creates a user with <paramref name="role"/> through the admin API and returns its id.</summary>
    public async Task<long> CreateUserAsync(HttpClient admin, string userName, string role, string password = "a-good-password")
    {
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName = userName, role, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>Creates a new tenant through the operator API; returns its slug.</summary>
    public async Task<string> CreateTenantAsync(string adminPassword)
    {
        var slug = "t" + Guid.NewGuid().ToString("N")[..10];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/platform/tenants")
        {
            Content = JsonContent.Create(new { slug, companyName = "Other Alarm Co", adminUserName = "admin", adminPassword }),
        };
        request.Headers.Add("X-Operator-Key", OperatorKey);
        (await Http.SendAsync(request)).EnsureSuccessStatusCode();
        return slug;
    }

    public static string NewName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    public async Task DisposeAsync()
    {
        Http.Dispose();
        foreach (var gateway in _gateways)
        {
            await gateway.DisposeAsync();
        }

        await Silo.DisposeAsync();
        await Stripe.DisposeAsync();
        await Smtp.DisposeAsync();
        Twilio.Dispose();
        await TestPostgres.DropDatabaseAsync(Database.Name);
    }
}
