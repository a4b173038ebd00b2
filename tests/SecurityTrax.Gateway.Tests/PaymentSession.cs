using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A billing company with payment shortcuts over HTTP; payments run on the sandbox processor.</summary>
public abstract class PaymentSession(GatewayFixture fixture) : BillingSession(fixture)
{
    /// <summary>A customer with <paramref name="token"/> saved as its default billing method.</summary>
    protected async Task<long> CustomerWithCardAsync(string token = "pm_card_visa", string kind = "card")
    {
        var customer = await CustomerAsync();
        (await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods", new { kind, token, makeDefault = true })).EnsureSuccessStatusCode();
        return customer;
    }

    /// <summary>An invoice of two hours of labour: 170.00, untaxed.</summary>
    protected async Task<long> LabourInvoiceAsync(long customer) =>
        (await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 2 } } })).Id;

    protected async Task<JsonElement> InvoiceJsonAsync(long invoice) => await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{invoice}");

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>A payment as <paramref name="client"/> reads it, with its ETag for If-Match.</summary>
    protected static async Task<(string ETag, JsonElement Body)> ReadPaymentAsync(HttpClient client, long id)
    {
        var response = await client.GetAsync($"/api/v1/payments/{id}");
        response.EnsureSuccessStatusCode();
        return (response.Headers.ETag!.ToString(), await JsonAsync(response));
    }

    protected static HttpRequestMessage Post(string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }
}
