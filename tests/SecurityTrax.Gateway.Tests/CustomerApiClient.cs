using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Small helpers over the customer endpoints for tests.</summary>
public static class CustomerApiClient
{
    public static object Person(string first, string last, string? email = null, string phone = "303-555-0142", string city = "Denver") => new
    {
        firstName = first,
        lastName = last,
        email,
        serviceAddress = new { line1 = "12 Elm St", city, state = "CO", zip = "80202" },
        phones = new[] { new { kind = "mobile", number = phone } },
        activationFee = 99.00m,
        monthlyMonitoringRate = 39.95m,
    };

    public static async Task<(long Id, JsonElement Body, string ETag)> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers", body);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("id").GetInt64(), json, response.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string path, string etag, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(etag));
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public static async Task<string> ETagAsync(HttpClient client, string path) => (await client.GetAsync(path)).Headers.ETag!.Tag;

    /// <summary>A write based on what <paramref name="readPath"/> shows now: its ETag goes in If-Match.</summary>
    public static async Task<HttpResponseMessage> SendCurrentAsync(
        HttpClient client, HttpMethod method, string path, string readPath, object? body = null, string? idempotencyKey = null)
    {
        return await SendAsync(client, method, path, await ETagAsync(client, readPath), body, idempotencyKey);
    }
}
