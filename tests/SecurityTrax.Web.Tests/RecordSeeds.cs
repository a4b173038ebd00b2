using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Web.Tests;

/// <summary>Catalogue, invoice and message data the record's tabs need, arranged through the API as the tenant's admin.</summary>
public static class RecordSeeds
{
    /// <summary>Posts <paramref name="body"/> and answers the created thing's numeric id.</summary>
    public static async Task<int> PostForIdAsync(HttpClient api, string path, object body)
    {
        var response = await api.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return checked((int)(await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
    }

    /// <summary>A billable item of kind equipment and the catalogue model billed as it: (item id, model id).</summary>
    public static async Task<(int Item, int Model)> AddEquipmentModelAsync(HttpClient api, string make, string model, decimal price)
    {
        var item = await PostForIdAsync(api, "/api/v1/catalog/items", new { name = $"{make} {model}", unitPrice = price, taxable = true, kind = "equipment" });
        return (item, await PostForIdAsync(api, "/api/v1/catalog/equipment", new { make, model, billableItemId = item }));
    }

    public static Task<int> AddItemAsync(HttpClient api, string name, decimal price, string kind = "equipment") =>
        PostForIdAsync(api, "/api/v1/catalog/items", new { name, unitPrice = price, taxable = true, kind });

    /// <summary>An invoice of the given catalogue items, one of each.</summary>
    public static async Task<long> CreateInvoiceAsync(HttpClient api, long customer, params int[] items)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new { lines = items.Select(i => new { itemId = i, quantity = 1 }).ToArray() });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>Changes the profile's members named in <paramref name="changes"/> (PUT what you GET, If-Match).</summary>
    public static async Task UpdateProfileAsync(HttpClient api, long customer, Dictionary<string, object?> changes)
    {
        var (current, etag) = await ConsoleSteps.GetCustomerAsync(api, customer);
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(current.GetRawText())!
            .ToDictionary(p => p.Key, p => (object?)p.Value);
        foreach (var (name, value) in changes)
        {
            body[name] = value;
        }

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{customer}") { Content = JsonContent.Create(body) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await api.SendAsync(put);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"PUT customer {customer}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>
    /// The customer's messages once the list has <paramref name="count"/> of them: the list is a projection written a
    /// moment after the send, so it is read again until then (10 s at most).
    /// </summary>
    public static async Task<JsonElement[]> MessagesAsync(HttpClient api, long customer, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var items = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/messages")).GetProperty("items").EnumerateArray().ToArray();
            if (items.Length >= count || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The alarm panel the equipment and invoice editor tests sell: (item id, model id).</summary>
    public static Task<(int Item, int Model)> AddQolsysPanelAsync(HttpClient api) => AddEquipmentModelAsync(api, "Qolsys", "IQ Panel 4", 249.00m);
}
