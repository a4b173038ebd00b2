using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CreditReports.CreditPulls;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>One report, who sees its raw body, and its score applied to the customer's profile.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CreditScoreApplyTests(GatewayFixture fixture) : CreditSession(fixture)
{
    [Fact]
    public async Task ApplyingACompletedReportPutsItsScoreAndBandOnTheProfileAndInHistory()
    {
        var id = await SubjectAsync(Admin, "123-45-0650");
        var report = (await ReportAsync(Admin, id)).GetProperty("id").GetInt64();
        var customer = $"/api/v1/customers/{id}";
        var before = await ETagAsync(Admin, customer);

        using var applied = await SendAsync(Admin, HttpMethod.Post, $"{customer}/credit-reports/{report}/apply", before);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.NotEqual(before, applied.Headers.ETag!.Tag);
        var score = (await Admin.GetFromJsonAsync<JsonElement>(customer)).GetProperty("creditScore");
        Assert.Equal((650, "conditional", report, "sandbox", "SandboxScore 1"),
            (score.GetProperty("score").GetInt32(), S(score, "band"), score.GetProperty("reportId").GetInt64(), S(score, "bureau"), S(score, "scoreModel")));
        Assert.Equal((await Admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userId").GetInt64(), score.GetProperty("appliedById").GetInt64());
        var history = await Admin.GetFromJsonAsync<JsonElement>($"{customer}/history?entity=customer");
        var rows = history.GetProperty("items").EnumerateArray().Where(h => S(h, "action") == "credit_score_applied")
            .Select(h => (S(h, "field"), S(h, "oldValue"), S(h, "newValue"))).OrderBy(r => r.Item1, StringComparer.Ordinal).ToArray();
        Assert.Equal([("creditBand", null, "conditional"), ("creditReport", null, $"#{report} (sandbox, SandboxScore 1)"), ("creditScore", null, "650")], rows);
    }

    [Fact]
    public async Task OnlyACompletedReportWithAScoreIsAppliedAndAStaleOrMissingOneChangesNothing()
    {
        var id = await SubjectAsync(Admin, "123-45-0001");
        var noHit = (await ReportAsync(Admin, id)).GetProperty("id").GetInt64();
        var customer = $"/api/v1/customers/{id}";
        var etag = await ETagAsync(Admin, customer);

        using var refused = await SendAsync(Admin, HttpMethod.Post, $"{customer}/credit-reports/{noHit}/apply", etag);
        using var missing = await SendAsync(Admin, HttpMethod.Post, $"{customer}/credit-reports/99/apply", etag);
        using var stale = await SendAsync(Admin, HttpMethod.Post, $"{customer}/credit-reports/{noHit}/apply", "\"0\"");

        var conflict = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict"), (refused.StatusCode, S(conflict, "type")));
        Assert.Equal("Only a completed report with a score can be applied; report 1 is no_hit.", S(conflict, "detail"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var after = await Admin.GetAsync(customer);
        Assert.Equal(etag, after.Headers.ETag!.Tag);
        Assert.Equal(JsonValueKind.Null, (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("creditScore").ValueKind);
    }

    [Fact]
    public async Task ARunnerWithoutTheViewGrantRunsAndReadsReportsButNeverTheirRawBody()
    {
        (await Admin.PostAsJsonAsync("/api/v1/roles", new { name = "Runner", grants = new[] { "customers.view", "credit_reports.run" } })).EnsureSuccessStatusCode();
        await Fixture.CreateUserAsync(Admin, "runner", "Runner", "runner-password-long");
        using var runner = await Fixture.SignInAsync(Tenant, "runner", "runner-password-long");
        var id = await SubjectAsync(Admin, "123-45-6789");

        var run = await ReportAsync(runner, id);
        var path = $"/api/v1/customers/{id}/credit-reports";
        var list = await runner.GetFromJsonAsync<JsonElement>(path);
        var one = await runner.GetFromJsonAsync<JsonElement>($"{path}/{run.GetProperty("id").GetInt64()}");
        var asAdmin = await Admin.GetFromJsonAsync<JsonElement>($"{path}/{run.GetProperty("id").GetInt64()}");

        Assert.Equal((789, JsonValueKind.Null), (run.GetProperty("score").GetInt32(), run.GetProperty("rawReport").ValueKind));
        Assert.Equal((1, JsonValueKind.Null), (list.GetProperty("count").GetInt32(), list.GetProperty("items")[0].GetProperty("rawReport").ValueKind));
        Assert.Equal((789, JsonValueKind.Null), (one.GetProperty("score").GetInt32(), one.GetProperty("rawReport").ValueKind));
        Assert.Equal(789, JsonDocument.Parse(S(asAdmin, "rawReport")!).RootElement.GetProperty("score").GetProperty("value").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await runner.GetAsync("/api/v1/credit-bureaus")).StatusCode);
    }

    [Fact]
    public async Task AnotherCompanyNeverSeesOrAppliesTheReport()
    {
        var id = await SubjectAsync(Admin, "123-45-6789");
        var report = (await ReportAsync(Admin, id)).GetProperty("id").GetInt64();
        var other = await Fixture.CreateTenantAsync("other-credit-admin-password");
        using var stranger = await Fixture.SignInAsync(other, "admin", "other-credit-admin-password");

        using var read = await stranger.GetAsync($"/api/v1/customers/{id}/credit-reports/{report}");
        using var apply = await SendAsync(stranger, HttpMethod.Post, $"/api/v1/customers/{id}/credit-reports/{report}/apply", "\"1\"");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, apply.StatusCode));
        Assert.Equal(JsonValueKind.Null, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}")).GetProperty("creditScore").ValueKind);
    }

    private static string? S(JsonElement e, string name) => e.GetProperty(name).GetString();
}
