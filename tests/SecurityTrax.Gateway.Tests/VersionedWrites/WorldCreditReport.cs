using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests.VersionedWrites;

/// <summary>
/// A completed credit report on the world's customer, pulled as a company does: the company's own bureau account
/// aimed at the local fake bureau, the bureau approved by the operator, the customer's SSN on file, a signed consent.
/// The fake bureau stops once the report is stored; nothing the suites send reaches a bureau.
/// </summary>
public static class WorldCreditReport
{
    private const string Ssn = "123456789";

    public static async Task<long> PullAsync(HttpClient admin, string tenant, long customer)
    {
        await using var bureau = await FakeBureauServer.StartAsync();
        bureau.PlanSubject(Ssn, "completed", 705);
        var account = new { baseUrl = bureau.BaseUrl, subscriberCode = FakeBureauServer.SubscriberCode, apiKey = FakeBureauServer.ApiKey };
        await SucceedsAsync(await CustomerApiClient.SendCurrentAsync(admin, HttpMethod.Put, "/api/v1/settings/integrations/bureau", "/api/v1/settings/integrations", account));
        var asked = await SucceedsAsync(await admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau = "http", permissiblePurpose = "Account review of alarm monitoring applicants, with their written consent." }));
        using (var approve = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/platform/credit-bureau-requests/{tenant}/{asked.GetProperty("id").GetInt64()}/approve") { Content = JsonContent.Create(new { }) })
        {
            approve.Headers.Add("X-Operator-Key", GatewayFixture.OperatorKey);
            await SucceedsAsync(await admin.SendAsync(approve));
        }

        var c = $"/api/v1/customers/{customer}";
        await SucceedsAsync(await CustomerApiClient.SendCurrentAsync(admin, HttpMethod.Put, $"{c}/confidential", c, new { ssn = "123-45-6789", dateOfBirth = "1970-01-01" }));
        using var run = new HttpRequestMessage(HttpMethod.Post, $"{c}/credit-reports") { Content = JsonContent.Create(new { bureau = "http", consent = new { method = "signed" } }) };
        run.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var report = await SucceedsAsync(await admin.SendAsync(run));
        Assert.Equal("completed", report.GetProperty("outcome").GetString());
        return report.GetProperty("id").GetInt64();
    }

    private static async Task<JsonElement> SucceedsAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
