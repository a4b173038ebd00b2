using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>The platform operator's calls about bureau requests, with the operator key.</summary>
public sealed class BureauOperator(GatewayFixture fixture)
{
    public const string Path = "/api/v1/platform/credit-bureau-requests";

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? key = GatewayFixture.OperatorKey)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (key is not null)
        {
            request.Headers.Add("X-Operator-Key", key);
        }

        return await fixture.Http.SendAsync(request);
    }

    /// <summary>The company's requests as the operator sees them, newest first.</summary>
    public async Task<JsonElement[]> RequestsOfAsync(string tenant, string? status = null)
    {
        var response = await SendAsync(HttpMethod.Get, status is null ? Path : $"{Path}?status={status}");
        response.EnsureSuccessStatusCode();
        var all = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. all.EnumerateArray().Where(r => r.GetProperty("tenant").GetString() == tenant)];
    }

    /// <summary>Has the company ask for the bureau and approves it, as a test's starting point.</summary>
    public async Task ApproveAsync(HttpClient admin, string tenant, string bureau)
    {
        var asked = await admin.PostAsJsonAsync("/api/v1/credit-bureaus/requests", new { bureau, permissiblePurpose = "Account review of alarm monitoring applicants, with their written consent." });
        asked.EnsureSuccessStatusCode();
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await SendAsync(HttpMethod.Post, $"{Path}/{tenant}/{id}/approve", new { })).EnsureSuccessStatusCode();
    }
}
