using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>Running credit reports on the sandbox bureau through the API: outcomes, consent, keys, grants, history.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CreditReportRunTests(GatewayFixture fixture) : CreditSession(fixture)
{
    [Fact]
    public async Task ACompletedReportCarriesScoreModelBandAndConsentAndIsCountedWithoutTheSsn()
    {
        var id = await SubjectAsync("123-45-6789", stage: "customer");

        var run = await RunAsync(Admin, id, "signed", Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.Created, run.StatusCode);
        var report = await run.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("completed", 789, "SandboxScore 1", "approved", "signed", "sandbox"),
            (S(report, "outcome"), report.GetProperty("score").GetInt32(), S(report, "scoreModel"), S(report, "band"), S(report, "consent"), S(report, "bureau")));
        Assert.StartsWith("sbx_", S(report, "bureauReference"), StringComparison.Ordinal);
        Assert.Equal((await Admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userId").GetInt64(), report.GetProperty("requestedById").GetInt64());
        Assert.Equal(789, JsonDocument.Parse(S(report, "rawReport")!).RootElement.GetProperty("score").GetProperty("value").GetInt32());
        // Nothing of the subject's date of birth or full SSN is answered, not even inside the raw report.
        Assert.DoesNotContain("1980-04-02", report.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("123-45-6789", report.GetRawText(), StringComparison.Ordinal);
        var list = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports");
        Assert.Equal(1, list.GetProperty("count").GetInt32());
        Assert.Equal(report.GetProperty("id").GetInt64(), list.GetProperty("items")[0].GetProperty("id").GetInt64());
        var history = await Admin.GetStringAsync($"/api/v1/customers/{id}/history?entity=credit_report");
        Assert.Contains("completed: 789 (SandboxScore 1), approved", history, StringComparison.Ordinal);
        Assert.Contains("sandbox; consent signed", history, StringComparison.Ordinal);
        Assert.DoesNotContain("123-45", history, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789", history, StringComparison.Ordinal);
        Assert.DoesNotContain("tradelines", history, StringComparison.Ordinal);
        var log = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/security-log");
        var logged = Assert.Single(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "credit_report_run").GetProperty("detail").GetString()!;
        Assert.StartsWith($"customer {id}: sandbox report #1 by ", logged, StringComparison.Ordinal);
        Assert.EndsWith(": completed", logged, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123-45-0650", "conditional")]
    [InlineData("123-45-0550", "declined")]
    public async Task TheBandFollowsTheScore(string ssn, string band)
    {
        var id = await SubjectAsync(ssn);

        var report = await (await RunAsync(Admin, id, "verbal", Guid.NewGuid().ToString("N"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(band, S(report, "band"));
    }

    [Theory]
    [InlineData("123-45-0001", "no_hit", "no_hit")]
    [InlineData("123-45-0002", "thin_file", "thin_file")]
    [InlineData("123-45-0003", "frozen", "file_frozen")]
    [InlineData("123-45-0005", "failed", "bureau_unavailable")]
    public async Task AFailedPullIsRecordedWithItsReason(string ssn, string outcome, string reason)
    {
        var id = await SubjectAsync(ssn);

        var run = await RunAsync(Admin, id, "online", Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.Created, run.StatusCode);
        var report = await run.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((outcome, reason, JsonValueKind.Null, JsonValueKind.Null),
            (S(report, "outcome"), S(report, "reason"), report.GetProperty("score").ValueKind, report.GetProperty("band").ValueKind));
    }

    [Fact]
    public async Task ARetryWithTheSameKeyNeverPullsTwice()
    {
        var id = await SubjectAsync("123-45-6789");
        var key = Guid.NewGuid().ToString("N");

        var first = await (await RunAsync(Admin, id, "signed", key)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await RunAsync(Admin, id, "signed", key);
        var without = await RunAsync(Admin, id, "signed", null);

        Assert.Equal(first.GetProperty("id").GetInt64(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        await Problems.AssertAsync(without, HttpStatusCode.PreconditionRequired, "urn:securitytrax:problem:idempotency-key-required");
        Assert.Equal(1, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ATimedOutPullIsUnknownAndTheRetryReturnsTheReconciledReport()
    {
        var id = await SubjectAsync("123-45-0004");
        var key = Guid.NewGuid().ToString("N");

        var first = await RunAsync(Admin, id, "signed", key);
        var unknown = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports");
        var retry = await RunAsync(Admin, id, "signed", key);

        var firstBody = await first.Content.ReadAsStringAsync();
        await Problems.AssertAsync(first, HttpStatusCode.ServiceUnavailable, "urn:securitytrax:problem:credit-report-outcome-unknown");
        Assert.DoesNotContain("123-45", firstBody, StringComparison.Ordinal);
        Assert.Equal("unknown", S(unknown.GetProperty("items")[0], "outcome"));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var report = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("completed", 640), (S(report, "outcome"), report.GetProperty("score").GetInt32()));
        Assert.Equal(1, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task NoSsnOrDateOfBirthOnFileOrAnUnapprovedBureauIsRefusedByFieldAndNothingIsPulled()
    {
        var (bare, _, _) = await CreateAsync(Admin, new { firstName = "No", lastName = "Secrets" });
        var id = await SubjectAsync("123-45-6789");

        var missing = await RunAsync(Admin, bare, "signed", Guid.NewGuid().ToString("N"));
        var unapproved = await RunAsync(Admin, id, "signed", Guid.NewGuid().ToString("N"), bureau: "http");
        var noConsent = await SendAsync(id, new { bureau = "sandbox" }, Guid.NewGuid().ToString("N"));

        Assert.Equal(["dateOfBirth", "ssn"], Fields(await Problems.AssertAsync(missing, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal(["bureau"], Fields(await Problems.AssertAsync(unapproved, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal(["consent"], Fields(await Problems.AssertAsync(noConsent, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{bare}/credit-reports")).GetProperty("count").GetInt32());
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task LeadsAndCustomersTakeTheirOwnGrants()
    {
        await Admin.PostAsJsonAsync("/api/v1/roles", new { name = "LeadPuller", grants = new[] { "customers.view", "lead_credit_reports.run", "lead_credit_reports.view" } });
        await Fixture.CreateUserAsync(Admin, "puller", "LeadPuller", "puller-password-long");
        using var puller = await Fixture.SignInAsync(Tenant, "puller", "puller-password-long");
        var lead = await SubjectAsync("123-45-6789", stage: "lead");
        var customer = await SubjectAsync("123-45-6780", stage: "customer");

        var onLead = await RunAsync(puller, lead, "signed", Guid.NewGuid().ToString("N"));
        var onCustomer = await RunAsync(puller, customer, "signed", Guid.NewGuid().ToString("N"));
        var listCustomer = await puller.GetAsync($"/api/v1/customers/{customer}/credit-reports");

        Assert.Equal(HttpStatusCode.Created, onLead.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, "This needs the credit_reports.run grant."), (onCustomer.StatusCode, await DetailAsync(onCustomer)));
        Assert.Equal((HttpStatusCode.Forbidden, "This needs the credit_reports.view grant."), (listCustomer.StatusCode, await DetailAsync(listCustomer)));
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/credit-reports")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task PullsBeyondTheUsersHourlyOrTheCompanysDailyLimitAnswer429AndPullNothing()
    {
        // The fixture allows 4 pulls per user per hour and 6 per company per day.
        var id = await SubjectAsync("123-45-6789");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await RunAsync(Admin, id, "signed", Guid.NewGuid().ToString("N"))).StatusCode);
        }

        var overUser = await RunAsync(Admin, id, "signed", Guid.NewGuid().ToString("N"));
        await Fixture.CreateUserAsync(Admin, "seller", "Sales", "seller-password-long");
        using var seller = await Fixture.SignInAsync(Tenant, "seller", "seller-password-long");
        var fifth = await RunAsync(seller, id, "signed", Guid.NewGuid().ToString("N"));
        var sixth = await RunAsync(seller, id, "signed", Guid.NewGuid().ToString("N"));
        var overCompany = await RunAsync(seller, id, "signed", Guid.NewGuid().ToString("N"));

        var userLimit = await overUser.Content.ReadFromJsonAsync<JsonElement>();
        var companyLimit = await overCompany.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.TooManyRequests, "urn:securitytrax:problem:credit-report-limit", "user_rate_limit"),
            (overUser.StatusCode, S(userLimit, "type"), S(userLimit, "limit")));
        Assert.InRange(overUser.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 3000, 3600);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (fifth.StatusCode, sixth.StatusCode));
        Assert.Equal((HttpStatusCode.TooManyRequests, "company_daily_quota"), (overCompany.StatusCode, S(companyLimit, "limit")));
        Assert.InRange(overCompany.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 86400);
        Assert.Equal(6, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports")).GetProperty("count").GetInt32());
    }

    private async Task<long> SubjectAsync(string ssn, string stage = "customer")
    {
        var (id, _, _) = await CreateAsync(Admin, new { firstName = "Ann", lastName = "Lee", stage, ssn, dateOfBirth = "1980-04-02" });
        return id;
    }

    private Task<HttpResponseMessage> RunAsync(HttpClient client, long id, string consent, string? key, string bureau = "sandbox") =>
        SendAsync(id, new { bureau, consent = new { method = consent } }, key, client);

    private async Task<HttpResponseMessage> SendAsync(long id, object body, string? key, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{id}/credit-reports") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await (client ?? Admin).SendAsync(request);
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();

    private static string? S(JsonElement e, string name) => e.GetProperty(name).GetString();

    private static string[] Fields(JsonElement errors) => [.. errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
