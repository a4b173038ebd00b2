using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;
using static SecurityTrax.Gateway.Tests.InvoicesApiTests;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Add Monthly Monitoring on a recurring invoice's template, as on an invoice, under the recurring grants.</summary>
[Collection(GatewayCollection.Name)]
public sealed class RecurringTemplateButtonTests(GatewayFixture fixture) : BillingSession(fixture)
{
    [Fact]
    public async Task MonitoringIsAddedOnceAtTheCustomersRateAndKeptInHistory()
    {
        var customer = await CustomerAsync();
        var id = await RecurringAsync(customer);
        var path = $"/api/v1/recurring-invoices/{id}";
        var etag = await ETagAsync(Admin, path);

        var stale = await SendAsync(Admin, HttpMethod.Post, $"{path}/add-monitoring", "\"0\"");
        var pressed = await SendAsync(Admin, HttpMethod.Post, $"{path}/add-monitoring", etag);
        var body = await pressed.Content.ReadFromJsonAsync<JsonElement>();
        var again = await SendAsync(Admin, HttpMethod.Post, $"{path}/add-monitoring", pressed.Headers.ETag!.Tag);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();

        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        var template = body.GetProperty("recurringInvoice");
        var line = template.GetProperty("lines").EnumerateArray().Single(l => S(l, "source") == "monitoring");
        Assert.Equal([line.GetProperty("id").GetInt32()], body.GetProperty("addedLineIds").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal(39.95m, M(line, "unitPrice"));
        Assert.Equal(127.50m + M(line, "amount") + M(line, "tax"), M(template.GetProperty("totals"), "grandTotal"));
        Assert.Equal(pressed.Headers.ETag!.Tag, await ETagAsync(Admin, path));
        Assert.NotEqual(etag, pressed.Headers.ETag!.Tag);
        Assert.Empty(second.GetProperty("addedLineIds").EnumerateArray());
        Assert.Equal("The monthly monitoring charge is on this recurring invoice.", S(second, "reason"));
        Assert.Equal(2, second.GetProperty("recurringInvoice").GetProperty("lines").GetArrayLength());
        // The list shows the new amount; the customer's history says who added what.
        var row = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/recurring-invoices")).EnumerateArray().Single();
        Assert.Equal(M(template.GetProperty("totals"), "grandTotal"), M(row, "amount"));
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=recurring_invoice");
        Assert.Equal(2, history.GetProperty("items").EnumerateArray().Count(h => S(h, "action") == "line_added"));
    }

    [Fact]
    public async Task TheRecurringGrantsAreTheOnesCheckedAndAnotherCompanyGets404()
    {
        var customer = await CustomerAsync();
        var id = await RecurringAsync(customer);
        var path = $"/api/v1/recurring-invoices/{id}";
        using var invoicesOnly = await RoleUserAsync("invoices.view", "invoices.modify", "recurring_invoices.view");
        using var sales = await UserAsync("Sales");
        using var other = await Fixture.SignInAsync(await Fixture.CreateTenantAsync("other-admin-password"), "admin", "other-admin-password");

        var refused = await SendAsync(invoicesOnly, HttpMethod.Post, $"{path}/add-monitoring", await ETagAsync(Admin, path));
        var foreign = await SendAsync(other, HttpMethod.Post, $"{path}/add-monitoring", await ETagAsync(Admin, path));
        var bySales = await SendAsync(sales, HttpMethod.Post, $"{path}/add-monitoring", await ETagAsync(Admin, path));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("recurring_invoices.modify", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missingGrants")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bySales.StatusCode);
    }

    private async Task<long> RecurringAsync(long customer)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Denver")).DateTime);
        var created = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", new
        {
            lines = new[] { new { itemId = LabourItem, quantity = 1.5m } },
            nextDate = today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            interval = 1,
            unit = "months",
            count = 12,
        });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
