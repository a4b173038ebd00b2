using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Gateway.Security;
using SecurityTrax.Testing;

namespace SecurityTrax.Gateway.Tests.Security;

/// <summary>
/// Expensive routes are limited per user and per company (issue 22, point 12). A gateway of its own with limits of
/// one request per user and two per company; the shared gateway's limits are far above what the suite sends.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class RateLimitTests(GatewayFixture fixture) : IAsyncLifetime
{
    /// <summary>One route of each limited group; ids that do not exist are fine, a refused request is counted all the same.</summary>
    public static TheoryData<string, string, string> Routes => new()
    {
        { RateLimitedRoutes.Search, "GET", "/api/v1/customers?q=rate" },
        { RateLimitedRoutes.Pdf, "GET", "/api/v1/invoices/987654321/pdf" },
        { RateLimitedRoutes.Campaigns, "POST", "/api/v1/campaigns" },
        { RateLimitedRoutes.CreditReports, "POST", "/api/v1/customers/987654321/credit-reports" },
        { RateLimitedRoutes.Uploads, "POST", "/api/v1/customers/987654321/files" },
    };

    private WebApplicationFactory<Program> _gateway = null!;

    public Task InitializeAsync()
    {
        var limits = TestRateLimits.Each(perUser: 1, perCompany: 2).ToDictionary(l => l.Key, l => (string?)l.Value);
        limits["RateLimits:Window"] = "01:00:00";

        _gateway = fixture.StartGateway(limits);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task ASecondRequestOfAUserAnswers429WithRetryAfter(string group, string method, string path)
    {
        var (_, first) = await NewCompanyUserAsync();

        var allowed = await SendAsync(first, method, path);
        var refused = await SendAsync(first, method, path);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        await Problems.AssertAsync(refused, HttpStatusCode.TooManyRequests, "urn:securitytrax:problem:rate-limited");
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        Assert.Contains(group, RateLimitedRoutes.GroupByOperation.Values);
    }

    [Fact]
    public async Task TheCompanysUsersShareALimitThatOtherCompaniesDoNotTouch()
    {
        var (admin, first) = await NewCompanyUserAsync();
        using var second = await UserOfAsync(admin.Tenant, admin.Client, "second");
        using var third = await UserOfAsync(admin.Tenant, admin.Client, "third");
        var (_, elsewhere) = await NewCompanyUserAsync();

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/customers?q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/customers?q=a")).StatusCode);
        var third1 = await third.GetAsync("/api/v1/customers?q=a");
        var otherCompany = await elsewhere.GetAsync("/api/v1/customers?q=a");

        await Problems.AssertAsync(third1, HttpStatusCode.TooManyRequests, "urn:securitytrax:problem:rate-limited");
        Assert.Equal(HttpStatusCode.OK, otherCompany.StatusCode);
    }

    [Fact]
    public void EveryLimitedOperationNamesAnEndpoint()
    {
        var names = fixture.Gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(RateLimitedRoutes.GroupByOperation.Keys, operation => Assert.Contains(operation, names));
        Assert.Equal(RateLimitedRoutes.Groups.Order(), Routes.Select(r => (string)r[0]).Order());
        // The test settings name every group the options bind, so no suite meets a limit it forgot.
        Assert.Equal(
            typeof(RateLimitOptions).GetProperties().Where(p => p.PropertyType == typeof(RouteLimit)).Select(p => p.Name).Order(),
            TestRateLimits.Groups.Order());
    }

    /// <summary>A new company (so no other test's requests count) and a client of its admin on the limited gateway.</summary>
    private async Task<((string Tenant, HttpClient Client) Admin, HttpClient User)> NewCompanyUserAsync()
    {
        var tenant = await fixture.CreateTenantAsync("limited-admin-password");
        var admin = await fixture.SignInAsync(tenant, "admin", "limited-admin-password", _gateway);
        return ((tenant, admin), admin);
    }

    private async Task<HttpClient> UserOfAsync(string tenant, HttpClient admin, string prefix)
    {
        var name = GatewayFixture.NewName(prefix);
        await fixture.CreateUserAsync(admin, name, "Admin");
        return await fixture.SignInAsync(tenant, name, "a-good-password", _gateway);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (path.EndsWith("/files", StringComparison.Ordinal))
        {
            // Uploads take multipart bodies only; anything else does not even reach the endpoint.
            request.Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "note.txt" } };
        }
        else if (method == "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        return client.SendAsync(request);
    }
}
