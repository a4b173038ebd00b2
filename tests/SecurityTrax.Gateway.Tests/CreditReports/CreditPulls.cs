using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>Records with an SSN and date of birth on file, and sandbox pulls on them, as a test's starting point.</summary>
public static class CreditPulls
{
    public static async Task<long> SubjectAsync(HttpClient admin, string ssn, string stage = "customer")
    {
        var (id, _, _) = await CustomerApiClient.CreateAsync(admin, new { firstName = "Ann", lastName = "Lee", stage, ssn, dateOfBirth = "1980-04-02" });
        return id;
    }

    public static async Task<HttpResponseMessage> RunAsync(HttpClient client, long id, string consent = "signed", string bureau = "sandbox")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{id}/credit-reports")
        {
            Content = JsonContent.Create(new { bureau, consent = new { method = consent } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }

    /// <summary>Runs a pull that must be answered, and returns the report.</summary>
    public static async Task<JsonElement> ReportAsync(HttpClient client, long id)
    {
        using var run = await RunAsync(client, id);
        Assert.True(run.IsSuccessStatusCode, $"run: {(int)run.StatusCode} {await run.Content.ReadAsStringAsync()}");
        return await run.Content.ReadFromJsonAsync<JsonElement>();
    }
}
