using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>Bureau access: the company asks, the platform operator approves or refuses, only approved bureaus are listed.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CreditBureauAccessTests(GatewayFixture fixture) : IAsyncLifetime
{
    private const string Password = "bureau-access-admin-password";
    private const string Purpose = "Account review of alarm monitoring applicants, with their written consent.";

    private readonly BureauOperator _operator = new(fixture);
    private string _tenant = "";
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _tenant = await fixture.CreateTenantAsync(Password);
        _admin = await fixture.SignInAsync(_tenant, "admin", Password);
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AnApprovedRequestListsTheBureauAndIsInTheSecurityLog()
    {
        var asked = await _admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau = "sandbox", permissiblePurpose = Purpose });
        var before = await _admin.GetFromJsonAsync<JsonElement>("/api/v1/credit-bureaus");
        var pending = Assert.Single(await _operator.RequestsOfAsync(_tenant, "pending"));
        var id = pending.GetProperty("id").GetInt64();

        var approved = await _operator.SendAsync(HttpMethod.Post, $"{BureauOperator.Path}/{_tenant}/{id}/approve", new { note = "Statement on file." });

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        Assert.Equal(0, before.GetArrayLength());
        Assert.Equal(("sandbox", Purpose, "pending"), (pending.GetProperty("bureau").GetString(), pending.GetProperty("permissiblePurpose").GetString(), pending.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var bureau = Assert.Single((await _admin.GetFromJsonAsync<JsonElement>("/api/v1/credit-bureaus")).EnumerateArray());
        Assert.Equal(("sandbox", "Sandbox bureau", true), (bureau.GetProperty("code").GetString(), bureau.GetProperty("name").GetString(), bureau.GetProperty("configured").GetBoolean()));
        Assert.Empty(await _operator.RequestsOfAsync(_tenant, "pending"));
        Assert.Equal(
            ["credit_bureau_approved: sandbox: request #1 approved by the platform operator: Statement on file.", "credit_bureau_requested: sandbox: request #1"],
            await SecurityLogAsync());
    }

    [Fact]
    public async Task ARefusalNeedsANoteKeepsTheBureauOutAndTheCompanyMayAskAgain()
    {
        await _admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau = "http", permissiblePurpose = Purpose });
        var path = $"{BureauOperator.Path}/{_tenant}/1";

        var withoutNote = await _operator.SendAsync(HttpMethod.Post, $"{path}/refuse", new { });
        var refused = await _operator.SendAsync(HttpMethod.Post, $"{path}/refuse", new { note = "No permissible purpose shown." });
        var approveAfter = await _operator.SendAsync(HttpMethod.Post, $"{path}/approve", new { });
        var again = await _admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau = "http", permissiblePurpose = Purpose });

        Assert.Equal(["note"], Fields(await Problems.AssertAsync(withoutNote, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal("refused", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await Problems.AssertAsync(approveAfter, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Equal(0, (await _admin.GetFromJsonAsync<JsonElement>("/api/v1/credit-bureaus")).GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Contains("credit_bureau_refused: http: request #1 refused by the platform operator: No permissible purpose shown.", await SecurityLogAsync());
    }

    [Fact]
    public async Task AnApprovedHttpBureauIsListedAsNotConfiguredUntilItsAccountIsEntered()
    {
        await _operator.ApproveAsync(_admin, _tenant, "http");

        var bureau = Assert.Single((await _admin.GetFromJsonAsync<JsonElement>("/api/v1/credit-bureaus")).EnumerateArray());

        Assert.Equal(("http", false), (bureau.GetProperty("code").GetString(), bureau.GetProperty("configured").GetBoolean()));
    }

    [Fact]
    public async Task AskingTwiceOrBadlyIsRefusedAndChangesNothing()
    {
        await _admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau = "sandbox", permissiblePurpose = Purpose });

        var twice = await _admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau = "sandbox", permissiblePurpose = Purpose });
        var bad = await _admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau = "equifux", permissiblePurpose = "because" });

        await Problems.AssertAsync(twice, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Equal(["bureau", "permissiblePurpose"], Fields(await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Single(await _admin.GetFromJsonAsync<JsonElement[]>("/api/v1/credit-bureaus/requests") ?? []);
    }

    [Fact]
    public async Task OnlyTheOperatorDecides()
    {
        await _admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau = "sandbox", permissiblePurpose = Purpose });

        var noKey = await _operator.SendAsync(HttpMethod.Post, $"{BureauOperator.Path}/{_tenant}/1/approve", new { }, key: null);
        var list = await _operator.SendAsync(HttpMethod.Get, BureauOperator.Path, key: "guess");
        var company = await _admin.PostAsJsonAsync($"{BureauOperator.Path}/{_tenant}/1/approve", new { });

        await Problems.AssertAsync(noKey, HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");
        await Problems.AssertAsync(list, HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");
        await Problems.AssertAsync(company, HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");
        Assert.Single(await _operator.RequestsOfAsync(_tenant, "pending"));
    }

    private async Task<string[]> SecurityLogAsync()
    {
        var log = await _admin.GetFromJsonAsync<JsonElement>("/api/v1/security-log");
        return [.. log.EnumerateArray().Where(e => e.GetProperty("kind").GetString()!.StartsWith("credit_bureau", StringComparison.Ordinal))
            .Select(e => $"{e.GetProperty("kind").GetString()}: {e.GetProperty("detail").GetString()}")];
    }

    private static string[] Fields(JsonElement errors) => [.. errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
