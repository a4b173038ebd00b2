using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The invoice editor's buttons that fill it from the record, Save &amp; Email, Save &amp; Print, and a paid invoice's rows.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class InvoiceEditorActionsTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheButtonsAddUnpaidEquipmentTheActivationFeeAndMonitoringAndSayWhyWhenPressedAgain()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var (_, panel) = await RecordSeeds.AddQolsysPanelAsync(api);
        await RecordSeeds.AddItemAsync(api, "Activation", 0m, "activation_fee");
        await RecordSeeds.AddItemAsync(api, "Monitoring", 0m, "monitoring");
        var service = await RecordSeeds.AddItemAsync(api, "Service call", 85.00m, "service");
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Bea", "Buttons");
        await RecordSeeds.UpdateProfileAsync(api, id, new() { ["activationFee"] = 99.00m, ["monthlyMonitoringRate"] = 39.95m });
        await RecordSeeds.PostForIdAsync(api, $"/api/v1/customers/{id}/equipment", new { equipmentItemId = panel, quantity = 1 });
        var invoiceId = await RecordSeeds.CreateInvoiceAsync(api, id, service);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices/{invoiceId}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add Unpaid Equipment" }).ClickAsync();
        await Expect(page.Locator("#invoice-outcome")).ToHaveTextAsync("Added 1 row.");
        await Expect(page.GetByLabel("Row 2 amount")).ToHaveTextAsync("249.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Activation Fee" }).ClickAsync();
        await Expect(page.GetByLabel("Row 3 amount")).ToHaveTextAsync("99.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Monthly Monitoring" }).ClickAsync();
        await Expect(page.GetByLabel("Row 4 amount")).ToHaveTextAsync("39.95");
        await Expect(page.Locator("#saved-subtotal")).ToHaveTextAsync("472.95");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Monthly Monitoring" }).ClickAsync();
        await Expect(page.Locator("#invoice-outcome")).ToHaveTextAsync("The monthly monitoring charge is on this invoice.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Unpaid Equipment" }).ClickAsync();
        await Expect(page.Locator("#invoice-outcome")).ToHaveTextAsync("All of the customer's unpaid equipment is on this invoice.");
        await Screens.SaveAsync(page, "record-invoice-buttons");

        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{invoiceId}");
        Assert.Equal([85.00m, 249.00m, 99.00m, 39.95m], stored.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()));
        Assert.Equal(472.95m, stored.GetProperty("totals").GetProperty("subTotal").GetDecimal());
    }

    [Fact]
    public async Task SaveAndEmailSavesTheChangeThenSendsTheInvoiceAndShowsTheMessageStatus()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var service = await RecordSeeds.AddItemAsync(api, "Service call", 85.00m, "service");
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Eli", "Emailed", email: "eli@example.com");
        var invoiceId = await RecordSeeds.CreateInvoiceAsync(api, id, service);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices/{invoiceId}");

        await page.GetByLabel("Row 1 quantity").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save & Email" }).ClickAsync();

        await Expect(page.Locator("#invoice-outcome")).ToHaveTextAsync("Emailed to eli@example.com: sent.");
        await Expect(page.Locator("#saved-subtotal")).ToHaveTextAsync("170.00");
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{invoiceId}");
        Assert.Equal(2m, stored.GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
        var messages = await RecordSeeds.MessagesAsync(api, id, 1);
        var message = Assert.Single(messages);
        Assert.Equal("eli@example.com", message.GetProperty("to").GetString());
        Assert.Equal("sent", message.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SaveAndPrintOnANewInvoiceStoresItAndOpensAPrintableSheetWithItsRowsAndTotals()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var panel = await RecordSeeds.AddItemAsync(api, "Alarm panel", 199.00m);
        var contact = await RecordSeeds.AddItemAsync(api, "Door contact", 39.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Pia", "Printed");
        var page = await chromium.OpenPageAsync(system.BaseAddress);
        // The print dialog is counted, not opened.
        await page.AddInitScriptAsync("window.__prints = 0; window.print = () => { window.__prints++; };");
        await SignedInPages.SignInAtAsync(page, system, tenant, $"/customers/{id}/invoices/new");

        await page.GetByLabel("Row 1 item").SelectOptionAsync(panel.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a row" }).ClickAsync();
        await page.GetByLabel("Row 2 item").SelectOptionAsync(contact.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Row 2 quantity").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save & Print" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/invoices/\d+/print$"));
        var invoiceId = long.Parse(page.Url.Split('/')[^2], CultureInfo.InvariantCulture);
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{invoiceId}");
        Assert.Equal(id, stored.GetProperty("customerId").GetInt64());
        var totals = stored.GetProperty("totals");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Invoice {invoiceId}" })).ToBeVisibleAsync();
        await Expect(page.Locator("tr.print-row")).ToHaveCountAsync(2);
        await Expect(page.Locator("tr.print-row").Nth(0).Locator("td")).ToHaveTextAsync(["Alarm panel", "1", "199.00", "199.00"]);
        await Expect(page.Locator("tr.print-row").Nth(1).Locator("td")).ToHaveTextAsync(["Door contact", "3", "39.00", "117.00"]);
        await Expect(page.Locator("#print-subtotal")).ToHaveTextAsync("316.00");
        await Expect(page.Locator("#print-tax")).ToHaveTextAsync(Money(totals.GetProperty("taxTotal").GetDecimal()));
        await Expect(page.Locator("#print-total")).ToHaveTextAsync(Money(totals.GetProperty("grandTotal").GetDecimal()));
        await Expect(page.Locator("#print-due")).ToHaveTextAsync(Money(totals.GetProperty("due").GetDecimal()));
        await Expect(page.GetByText("Pia Printed")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("window.__prints === 1");
        await Screens.SaveAsync(page, "invoice-print");
        // The print stylesheet leaves only the sheet: no console header, no buttons.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("header.top")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print again" })).ToBeHiddenAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("window.__prints"));
    }

    [Fact]
    public async Task APaidInvoiceShowsItsRowsReadOnly()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var panel = await RecordSeeds.AddItemAsync(api, "Alarm panel", 199.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Paul", "Paid");
        var invoiceId = await RecordSeeds.CreateInvoiceAsync(api, id, panel);
        using (var pay = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/invoices/{invoiceId}/pay") { Content = JsonContent.Create(new { manualKind = "cash" }) })
        {
            pay.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            (await api.SendAsync(pay)).EnsureSuccessStatusCode();
        }

        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices/{invoiceId}");

        await Expect(page.Locator("#rows-locked")).ToHaveTextAsync("This invoice is paid: its rows can no longer change.");
        await Expect(page.GetByLabel("Row 1 item")).ToBeDisabledAsync();
        await Expect(page.GetByLabel("Row 1 quantity")).ToBeDisabledAsync();
        await Expect(page.GetByLabel("Row 1 unit price")).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add a row" })).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add Unpaid Equipment" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#saved-due")).ToHaveTextAsync("0.00");
        await Screens.SaveAsync(page, "record-invoice-paid-readonly");
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
