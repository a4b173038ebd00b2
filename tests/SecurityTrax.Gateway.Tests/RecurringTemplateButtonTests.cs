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

    [Fact]
    public async Task OneTimeChargesAreMarkedForTheNextInvoiceSaySoWhenThereIsNothingAndCanBeTakenOff()
    {
        var customer = await CustomerAsync();
        var id = await RecurringAsync(customer);
        var path = $"/api/v1/recurring-invoices/{id}";
        var etag = await ETagAsync(Admin, path);
        using var invoicesOnly = await RoleUserAsync("invoices.view", "invoices.modify", "recurring_invoices.view");
        using var other = await Fixture.SignInAsync(await Fixture.CreateTenantAsync("other-admin-password"), "admin", "other-admin-password");

        var refused = await SendAsync(invoicesOnly, HttpMethod.Post, $"{path}/add-activation-fee", etag);
        var foreign = await SendAsync(other, HttpMethod.Post, $"{path}/add-activation-fee", etag);
        var stale = await SendAsync(Admin, HttpMethod.Post, $"{path}/add-activation-fee", "\"0\"");
        var fee = await SendAsync(Admin, HttpMethod.Post, $"{path}/add-activation-fee", etag);
        var feeBody = await fee.Content.ReadFromJsonAsync<JsonElement>();
        var again = await SendAsync(Admin, HttpMethod.Post, $"{path}/add-activation-fee", fee.Headers.ETag!.Tag);
        var nothing = await SendAsync(Admin, HttpMethod.Post, $"{path}/add-unpaid-equipment", fee.Headers.ETag!.Tag);
        var removed = await SendAsync(Admin, HttpMethod.Delete, $"{path}/pending-items/activation_fee", fee.Headers.ETag!.Tag);
        var gone = await SendAsync(Admin, HttpMethod.Delete, $"{path}/pending-items/activation_fee", removed.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        Assert.Equal(HttpStatusCode.OK, fee.StatusCode);
        Assert.Null(S(feeBody, "reason"));
        Assert.Empty(feeBody.GetProperty("addedLineIds").EnumerateArray());
        var template = feeBody.GetProperty("recurringInvoice");
        Assert.Equal(["activation_fee"], template.GetProperty("pendingItems").EnumerateArray().Select(k => k.GetString()));
        Assert.Single(template.GetProperty("lines").EnumerateArray());
        Assert.Equal("The activation fee is marked for the next invoice already.", S(await again.Content.ReadFromJsonAsync<JsonElement>(), "reason"));
        Assert.Equal(fee.Headers.ETag!.Tag, again.Headers.ETag!.Tag);
        Assert.Equal("The customer has no unpaid equipment that is on no invoice.", S(await nothing.Content.ReadFromJsonAsync<JsonElement>(), "reason"));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty((await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pendingItems").EnumerateArray());
        Assert.Equal(removed.Headers.ETag!.Tag, await ETagAsync(Admin, path));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=recurring_invoice");
        Assert.Equal(
            ["one_time_marked", "one_time_unmarked"],
            history.GetProperty("items").EnumerateArray().Select(h => S(h, "action")).Where(a => a!.StartsWith("one_time", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task AnActivationFeeOnAnotherInvoiceIsNotMarkedAndSaysWhichUntilThatInvoiceIsVoided()
    {
        var customer = await CustomerAsync();
        var id = await RecurringAsync(customer);
        var path = $"/api/v1/recurring-invoices/{id}";
        var (invoice, _, _) = await InvoiceAsync(customer, new { });
        (await SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/add-activation-fee", $"/api/v1/invoices/{invoice}")).EnsureSuccessStatusCode();
        var etag = await ETagAsync(Admin, path);

        var held = await SendAsync(Admin, HttpMethod.Post, $"{path}/add-activation-fee", etag);
        var heldBody = await held.Content.ReadFromJsonAsync<JsonElement>();
        (await SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/void", $"/api/v1/invoices/{invoice}")).EnsureSuccessStatusCode();
        var freed = await SendAsync(Admin, HttpMethod.Post, $"{path}/add-activation-fee", held.Headers.ETag!.Tag);
        var freedBody = await freed.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Equal($"The activation fee is on invoice {invoice}.", S(heldBody, "reason"));
        Assert.Empty(heldBody.GetProperty("recurringInvoice").GetProperty("pendingItems").EnumerateArray());
        Assert.Equal(etag, held.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, freed.StatusCode);
        Assert.Null(S(freedBody, "reason"));
        Assert.Equal(["activation_fee"], freedBody.GetProperty("recurringInvoice").GetProperty("pendingItems").EnumerateArray().Select(k => k.GetString()));
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=recurring_invoice");
        Assert.Single(history.GetProperty("items").EnumerateArray(), h => S(h, "action") == "one_time_marked");
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
