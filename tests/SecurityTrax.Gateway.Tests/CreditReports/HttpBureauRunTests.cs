using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing.Fakes;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>Credit reports through the HTTP bureau adapter, with the company's account, against a local fake bureau.</summary>
[Collection(GatewayCollection.Name)]
public sealed class HttpBureauRunTests(GatewayFixture fixture) : IAsyncLifetime
{
    private const string Password = "http-bureau-admin-password";

    private string _tenant = "";
    private HttpClient _admin = null!;
    private FakeBureauServer _bureau = null!;

    public async Task InitializeAsync()
    {
        _bureau = await FakeBureauServer.StartAsync();
        _tenant = await fixture.CreateTenantAsync(Password);
        _admin = await fixture.SignInAsync(_tenant, "admin", Password);
        var account = await SendCurrentAsync(_admin, HttpMethod.Put, "/api/v1/settings/integrations/bureau", "/api/v1/settings/integrations",
            new { baseUrl = _bureau.BaseUrl, subscriberCode = FakeBureauServer.SubscriberCode, apiKey = FakeBureauServer.ApiKey });
        account.EnsureSuccessStatusCode();
        await new BureauOperator(fixture).ApproveAsync(_admin, _tenant, "http");
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _bureau.DisposeAsync();
    }

    [Fact]
    public async Task APullGoesToTheBureauWithTheCompanysAccount()
    {
        _bureau.PlanSubject("123456789", "completed", 705);
        var id = await SubjectAsync();

        var run = await RunAsync(id, Guid.NewGuid().ToString("N"));

        var report = await run.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.Created, "completed", 705, "VantageScore 4.0", "approved", "cp_000001"),
            (run.StatusCode, report.GetProperty("outcome").GetString(), report.GetProperty("score").GetInt32(), report.GetProperty("scoreModel").GetString(),
             report.GetProperty("band").GetString(), report.GetProperty("bureauReference").GetString()));
        var sent = Assert.Single(_bureau.Requests);
        Assert.Equal((FakeBureauServer.ApiKey, FakeBureauServer.SubscriberCode), (sent.ApiKey, sent.SubscriberCode));
        Assert.Equal("123456789", JsonDocument.Parse(sent.Body).RootElement.GetProperty("consumer").GetProperty("ssn").GetString());
    }

    [Fact]
    public async Task ABureauTimeoutIsRecordedAsUnknownAndTheRetryAsksTheBureauInsteadOfPullingAgain()
    {
        _bureau.PlanSubject("123456789", "completed", 688);
        _bureau.TimeOutNextPull();
        var id = await SubjectAsync();
        var key = Guid.NewGuid().ToString("N");

        var first = await RunAsync(id, key);
        var retry = await RunAsync(id, key);

        await Problems.AssertAsync(first, HttpStatusCode.ServiceUnavailable, "urn:securitytrax:problem:credit-report-outcome-unknown");
        var report = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.Created, "completed", 688), (retry.StatusCode, report.GetProperty("outcome").GetString(), report.GetProperty("score").GetInt32()));
        Assert.Equal(1, _bureau.BillablePulls);
        Assert.Equal(["POST /v1/credit-pulls", "GET /v1/credit-pulls"], _bureau.Requests.Select(r => $"{r.Method} {r.PathAndQuery.Split('?')[0]}"));
        Assert.Equal(1, (await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports")).GetProperty("count").GetInt32());
    }

    private async Task<long> SubjectAsync()
    {
        var (id, _, _) = await CreateAsync(_admin, new { firstName = "Ann", lastName = "Lee", stage = "customer", ssn = "123-45-6789", dateOfBirth = "1980-04-02" });
        return id;
    }

    private async Task<HttpResponseMessage> RunAsync(long id, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{id}/credit-reports")
        {
            Content = JsonContent.Create(new { bureau = "http", consent = new { method = "online" } }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await _admin.SendAsync(request);
    }
}
