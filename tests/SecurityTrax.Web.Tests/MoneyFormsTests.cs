using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The money forms' keys after a refusal, voiding a payment and taking it off an invoice, and Save &amp; Email's address.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MoneyFormsTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task APaymentRefusedOnAFieldAndCorrectedIsTakenOnceUnderANewKey()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Cora", "Corrected");
        var page = await chromium.OpenPageAsync(system.BaseAddress);
        var keys = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith($"/customers/{id}/payments", StringComparison.Ordinal))
            {
                keys.Add(request.Headers["idempotency-key"]);
            }
        };
        await SignedInPages.SignInAtAsync(page, system, tenant, $"/customers/{id}/payments");

        await page.GetByRole(AriaRole.Button, new() { Name = "New payment" }).ClickAsync();
        await Expect(page.GetByLabel("Billing method")).ToHaveValueAsync("cash");
        // Left empty, the amount is refused by the API itself (400 naming it), an answer stored under the form's key.
        await page.GetByRole(AriaRole.Button, new() { Name = "Take payment" }).ClickAsync();
        await Expect(page.Locator("#error-amount")).Not.ToBeEmptyAsync();
        await page.GetByLabel("Amount ($)").FillAsync("40.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Take payment" }).ClickAsync();

        await Expect(page.Locator("#payment-status")).ToHaveTextAsync("succeeded");
        await Expect(page.Locator("#payment-amount")).ToHaveTextAsync("40.00");
        var payment = Assert.Single((await MoneySteps.GetAsync(api, $"/api/v1/payments?customerId={id}")).GetProperty("items").EnumerateArray());
        Assert.Equal(("cash", 40.00m), (payment.GetProperty("method").GetString(), payment.GetProperty("amount").GetDecimal()));
        Assert.Equal(2, keys.Count);
        Assert.NotEqual(keys[0], keys[1]);
    }

    [Fact]
    public async Task AnApplicationTakenOffAndAVoidedPaymentMakeTheInvoiceDueAgain()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Keypad", 100.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Vic", "Void");
        var invoice = await MoneySteps.CreateInvoiceAsync(api, id, item);
        var check = (await MoneySteps.PostMoneyAsync(api, $"/api/v1/invoices/{invoice}/pay", new { amount = 60.00m, manualKind = "check", reference = "311" })).GetProperty("id").GetInt64();
        var cash = (await MoneySteps.PostMoneyAsync(api, $"/api/v1/invoices/{invoice}/pay", new { amount = 40.00m, manualKind = "cash" })).GetProperty("id").GetInt64();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/payments/{check}");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Take payment off invoice {invoice}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Confirm taking 60.00 off invoice {invoice}" }).ClickAsync();
        await Expect(page.GetByText("Not applied to any invoice.")).ToBeVisibleAsync();
        Assert.Equal(60.00m, await MoneySteps.DueAsync(api, invoice));

        await page.GotoAsync($"/customers/{id}/payments/{cash}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Void payment" }).ClickAsync();
        await page.GetByLabel("Reason for voiding").FillAsync("Counted twice");
        await Screens.SaveAsync(page, "record-payment-void");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm void" }).ClickAsync();

        await Expect(page.Locator("#payment-status")).ToHaveTextAsync("voided — Counted twice");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Void payment" })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Not applied to any invoice.")).ToBeVisibleAsync();
        Assert.Equal(100.00m, await MoneySteps.DueAsync(api, invoice));
        await page.GotoAsync($"/customers/{id}/invoices/{invoice}");
        await Expect(page.Locator("#saved-due")).ToHaveTextAsync("100.00");
    }

    [Fact]
    public async Task SaveAndEmailGoesToTheAddressTypedOverTheRecordsOwn()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var service = await RecordSeeds.AddItemAsync(api, "Service call", 85.00m, "service");
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Tess", "To", email: "tess@example.com");
        var invoiceId = await RecordSeeds.CreateInvoiceAsync(api, id, service);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices/{invoiceId}");

        await Expect(page.GetByLabel("Email to")).ToHaveValueAsync("tess@example.com");
        await page.GetByLabel("Email to").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save & Email" }).ClickAsync();
        await Expect(page.Locator("#error-to")).Not.ToBeEmptyAsync();
        await page.GetByLabel("Email to").FillAsync("accounts@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save & Email" }).ClickAsync();

        await Expect(page.Locator("#invoice-outcome")).ToHaveTextAsync("Emailed to accounts@example.com: sent.");
        var message = Assert.Single(await RecordSeeds.MessagesAsync(api, id, 1));
        Assert.Equal(("accounts@example.com", "sent"), (message.GetProperty("to").GetString(), message.GetProperty("status").GetString()));
    }
}
