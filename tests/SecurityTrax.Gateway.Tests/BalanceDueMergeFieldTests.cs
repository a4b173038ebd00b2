using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class BalanceDueMergeFieldTests(GatewayFixture fixture) : BillingSession(fixture)
{
    [Fact]
    public async Task BalanceDueSumsWhatOpenInvoicesStillOwe()
    {
        var customer = await CustomerAsync();
        var other = await CustomerAsync();
        object Panel(string type = "invoice") => new { type, lines = new object[] { new { itemId = PanelItem, quantity = 1 } } };
        await InvoiceAsync(customer, Panel());
        await InvoiceAsync(customer, new { lines = new object[] { new { itemId = LabourItem, quantity = 2 } } });
        await InvoiceAsync(customer, Panel("quote"));
        var (voided, _, etag) = await InvoiceAsync(customer, Panel());
        (await SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{voided}/void", etag)).EnsureSuccessStatusCode();
        await InvoiceAsync(other, Panel());
        var template = await Admin.PostAsJsonAsync("/api/v1/message-templates", new
        {
            name = GatewayFixture.NewName("Balance "), channel = "email", subject = "Balance", isDynamic = true,
            htmlBody = "<p>You owe {{ customer.balance_due }}.{{ customer.next_appointment }}</p>",
        });
        var id = (await template.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var preview = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/message-templates/{id}/preview?customerId={customer}");
        var none = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/message-templates/{id}/preview?customerId={await CustomerAsync()}");

        // Panel $199.00 + 8.375% tax = $215.67, labour 2 h = $170.00; the quote and the void invoice do not count.
        Assert.Equal("<p>You owe $385.67.</p>", preview.GetProperty("html").GetString());
        Assert.Equal("<p>You owe $0.00.</p>", none.GetProperty("html").GetString());
    }
}
