using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class InvoicesTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AnInvoiceWithTwoRowsShowsItsTotalsAndReopensFromTheList()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var panel = await AddItemAsync(api, "Alarm panel", 199.00m);
        var contact = await AddItemAsync(api, "Door contact", 39.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Ivy", "Invoice");
        await SetTaxRateAsync(api, id, 8.25m);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices");

        await page.GetByRole(AriaRole.Link, new() { Name = "New invoice" }).ClickAsync();
        await page.GetByLabel("Row 1 item").SelectOptionAsync(panel);
        await Expect(page.GetByLabel("Row 1 unit price")).ToHaveValueAsync("199.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a row" }).ClickAsync();
        await page.GetByLabel("Row 2 item").SelectOptionAsync(contact);
        await page.GetByLabel("Row 2 quantity").FillAsync("3");
        await Expect(page.GetByLabel("Row 2 amount")).ToHaveTextAsync("117.00");
        await Expect(page.Locator("#typed-subtotal")).ToHaveTextAsync("316.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save & Stay" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Invoice \d+$") })).ToBeVisibleAsync();
        var invoiceId = long.Parse(page.Url.Split('/')[^1], CultureInfo.InvariantCulture);
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{invoiceId}");
        var totals = stored.GetProperty("totals");
        Assert.Equal(316.00m, totals.GetProperty("subTotal").GetDecimal());
        Assert.Equal(26.07m, totals.GetProperty("taxTotal").GetDecimal());
        Assert.Equal([panel, contact], stored.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("itemId").GetInt32().ToString(CultureInfo.InvariantCulture)));
        await Expect(page.Locator("#saved-subtotal")).ToHaveTextAsync("316.00");
        await Expect(page.Locator("#saved-tax")).ToHaveTextAsync(Money(totals.GetProperty("taxTotal").GetDecimal()));
        await Expect(page.Locator("#saved-total")).ToHaveTextAsync(Money(totals.GetProperty("grandTotal").GetDecimal()));
        await Screens.SaveAsync(page, "record-invoice-editor");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to invoices" }).ClickAsync();
        var row = page.Locator($"tr[data-invoice-id='{invoiceId}'] td");
        await Expect(row).ToHaveTextAsync([
            invoiceId.ToString(CultureInfo.InvariantCulture), stored.GetProperty("saleDate").GetString()!, Money(totals.GetProperty("grandTotal").GetDecimal()),
            Money(totals.GetProperty("due").GetDecimal()), "invoice", "N/A", "open",
        ]);
        await Screens.SaveAsync(page, "record-invoices");
        await page.GetByRole(AriaRole.Link, new() { Name = invoiceId.ToString(CultureInfo.InvariantCulture), Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Row 2 item")).ToHaveValueAsync(contact);
        await Expect(page.GetByLabel("Row 2 quantity")).ToHaveValueAsync("3");
        await Expect(page.GetByLabel("Row 1 amount")).ToHaveTextAsync("199.00");
    }

    [Fact]
    public async Task AChangedRowIsSavedOnTheStoredInvoice()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var panel = await AddItemAsync(api, "Alarm panel", 199.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Eddie", "Editor");
        var invoiceId = await CreateInvoiceAsync(api, id, panel);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices/{invoiceId}");

        await page.GetByLabel("Row 1 quantity").FillAsync("2");
        await Expect(page.Locator("#typed-subtotal")).ToHaveTextAsync("398.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save & Stay" }).ClickAsync();

        await Expect(page.Locator("p.ok")).ToHaveTextAsync("Saved.");
        await Expect(page.Locator("#saved-subtotal")).ToHaveTextAsync("398.00");
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{invoiceId}");
        Assert.Equal(2m, stored.GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
    }

    [Fact]
    public async Task ARefusedRowShowsTheReasonNextToItsQuantityAndNothingIsCreated()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var panel = await AddItemAsync(api, "Alarm panel", 199.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Rex", "Refused");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices/new");

        await page.GetByLabel("Row 1 item").SelectOptionAsync(panel);
        await page.GetByLabel("Row 1 quantity").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(page.Locator("[data-field='lines[0].quantity']")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Row 1 quantity")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Row 1 quantity")).ToHaveValueAsync("0");
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/invoices");
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task PayingInCashLeavesNothingDueAndADoubleClickPaysOnce()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var panel = await AddItemAsync(api, "Alarm panel", 199.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Pat", "Payer");
        var invoiceId = await CreateInvoiceAsync(api, id, panel);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices/{invoiceId}");

        await page.GetByLabel("Received as").SelectOptionAsync("check");
        await page.GetByLabel("Check number or reference").FillAsync("1234");
        var payCalls = 0;
        page.Request += (_, request) => payCalls += request.Method == "POST" && request.Url.EndsWith($"/invoices/{invoiceId}/pay", StringComparison.Ordinal) ? 1 : 0;
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay invoice" }).DblClickAsync();

        await Expect(page.Locator("#saved-due")).ToHaveTextAsync("0.00");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pay invoice" })).ToHaveCountAsync(0);
        await Screens.SaveAsync(page, "record-invoice-paid");
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{invoiceId}");
        Assert.Equal(0.00m, stored.GetProperty("totals").GetProperty("due").GetDecimal());
        Assert.Equal("paid", stored.GetProperty("status").GetString());
        var payments = await api.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={id}");
        var payment = Assert.Single(payments.GetProperty("items").EnumerateArray());
        Assert.Equal(stored.GetProperty("totals").GetProperty("grandTotal").GetDecimal(), payment.GetProperty("amount").GetDecimal());
        // The second click sends nothing: the form ignores a submit while its call is out.
        Assert.Equal(1, payCalls);
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static async Task SetTaxRateAsync(HttpClient api, long customer, decimal rate)
    {
        var (_, etag) = await ConsoleSteps.GetCustomerAsync(api, customer);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{customer}")
        {
            Content = JsonContent.Create(new { firstName = "Ivy", lastName = "Invoice", taxRateOverride = rate }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        (await api.SendAsync(put)).EnsureSuccessStatusCode();
    }

    private static async Task<string> AddItemAsync(HttpClient api, string name, decimal price)
    {
        var response = await api.PostAsJsonAsync("/api/v1/catalog/items", new { name, unitPrice = price, taxable = true, kind = "equipment" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<long> CreateInvoiceAsync(HttpClient api, long customer, string item)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new { lines = new[] { new { itemId = int.Parse(item, CultureInfo.InvariantCulture), quantity = 1 } } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
