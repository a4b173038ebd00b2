using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.InvoicesApiTests;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class InvoiceListApiTests(GatewayFixture fixture) : BillingSession(fixture)
{
    [Fact]
    public async Task ACustomersListShowsSaleDateAmountDueTypeAndRecurringSource()
    {
        var customer = await CustomerAsync();
        var (invoice, _, _) = await InvoiceAsync(customer, new { saleDate = "2026-10-01", lines = new[] { new { itemId = LabourItem, quantity = 2 } } });
        var (quote, _, _) = await InvoiceAsync(customer, new { type = "quote", saleDate = "2026-10-02", lines = new[] { new { itemId = LabourItem, quantity = 1 } } });

        var list = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/invoices");

        Assert.Equal(
            [(quote, "2026-10-02", 85.00m, 0m, "quote", JsonValueKind.Null), (invoice, "2026-10-01", 170.00m, 170.00m, "invoice", JsonValueKind.Null)],
            list.GetProperty("items").EnumerateArray().Select(i => (
                i.GetProperty("id").GetInt64(), S(i, "saleDate"), M(i, "amount"), M(i, "due"), S(i, "type"), i.GetProperty("recurringInvoiceId").ValueKind)));
    }

    [Fact]
    public async Task TheCompanyListFiltersByStatusDateAndCustomerWithTotals()
    {
        var ann = await CustomerAsync();
        var bob = await CustomerAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var old = await InvoiceAsync(ann, new { saleDate = Date(today.AddDays(-100)), term = "net30", lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        await InvoiceAsync(ann, new { saleDate = Date(today.AddDays(-3)), term = "net30", lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        var (voided, _, etag) = await InvoiceAsync(bob, new { saleDate = Date(today.AddDays(-50)), lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        await CustomerApiClient.SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{voided}/void", etag);

        var overdue = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/invoices?status=overdue");
        var open = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices?status=open&customerId={ann}");
        var voids = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices?status=void&from={Date(today.AddDays(-60))}&to={Date(today)}");
        var bad = await Admin.GetAsync("/api/v1/invoices?status=late&from=01/02/2026&type=bill");

        Assert.Equal((old.Id, true), (overdue.GetProperty("items")[0].GetProperty("id").GetInt64(), overdue.GetProperty("items")[0].GetProperty("overdue").GetBoolean()));
        Assert.Equal(1, overdue.GetProperty("items").GetArrayLength());
        Assert.Equal((2, 170.00m, 170.00m), (open.GetProperty("totals").GetProperty("count").GetInt32(), M(open.GetProperty("totals"), "grandTotal"), M(open.GetProperty("totals"), "due")));
        Assert.Equal(voided, voids.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt64());
        Assert.Equal(["from", "status", "type"], Fields(await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, Validation)));
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
