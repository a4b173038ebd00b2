using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Web.Tests;

/// <summary>API calls that arrange billing methods, invoices and payments for the money tabs' tests (the browser drives only what is tested).</summary>
public static class MoneySteps
{
    /// <summary>A catalogue item that is not taxed, so an invoice's total is exactly its price.</summary>
    public static async Task<int> AddUntaxedItemAsync(HttpClient api, string name, decimal price)
    {
        var response = await api.PostAsJsonAsync("/api/v1/catalog/items", new { name, unitPrice = price, taxable = false, kind = "service" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<long> CreateInvoiceAsync(HttpClient api, long customer, int item)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new { lines = new[] { new { itemId = item, quantity = 1 } } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>Saves a sandbox test card the way the console does: a setup first, then the token.</summary>
    public static async Task<long> AddSandboxCardAsync(HttpClient api, long customer, string token = "pm_card_visa")
    {
        (await api.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods/setup", new { kind = "card" })).EnsureSuccessStatusCode();
        var response = await api.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods", new { kind = "card", token, makeDefault = true });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>Posts a money request with an Idempotency-Key of its own and answers the payment.</summary>
    public static async Task<JsonElement> PostMoneyAsync(HttpClient api, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await api.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetAsync(HttpClient api, string path) => await api.GetFromJsonAsync<JsonElement>(path);

    public static async Task<decimal> DueAsync(HttpClient api, long invoice) =>
        (await GetAsync(api, $"/api/v1/invoices/{invoice}")).GetProperty("totals").GetProperty("due").GetDecimal();

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
