using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>
/// The Payments tab: a card payment whose outcome arrives after the answer, a part refund, Manage Payments on an invoice,
/// and a payment saved without processing, edited and processed from its page.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PaymentsTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AnInvoicePaidWithTheSandboxCardShowsItsOutcomeAndADoubleClickPaysOnce()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Monitoring, one year", 100.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Carla", "Card", email: "carla@example.test");
        var card = await MoneySteps.AddSandboxCardAsync(api, id);
        var invoice = await MoneySteps.CreateInvoiceAsync(api, id, item);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/payments");

        await page.GetByRole(AriaRole.Button, new() { Name = "New payment" }).ClickAsync();
        await Expect(page.GetByLabel("Billing method")).ToHaveValueAsync(MoneySteps.Id(card));
        await Expect(page.GetByLabel("Receipt to")).ToHaveValueAsync("carla@example.test");
        await page.GetByLabel("Amount ($)").FillAsync("100.00");
        await page.GetByLabel($"Invoice {invoice} (due 100.00)").FillAsync("100.00");
        await Screens.SaveAsync(page, "record-payment-new");
        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" && request.Url.EndsWith($"/customers/{id}/payments", StringComparison.Ordinal) ? 1 : 0;
        await page.GetByRole(AriaRole.Button, new() { Name = "Take payment" }).DblClickAsync();

        await Expect(page.Locator("#payment-status")).ToHaveTextAsync("succeeded");
        await Expect(page.Locator("ul.applied")).ToContainTextAsync($"Invoice {invoice}");
        await Expect(page.Locator("table.log tbody tr")).Not.ToHaveCountAsync(0);
        await Screens.SaveAsync(page, "record-payment");
        Assert.Equal(0.00m, await MoneySteps.DueAsync(api, invoice));
        var payments = (await MoneySteps.GetAsync(api, $"/api/v1/payments?customerId={id}")).GetProperty("items");
        var payment = Assert.Single(payments.EnumerateArray());
        Assert.Equal(("card", 100.00m, "succeeded"), (payment.GetProperty("method").GetString(), payment.GetProperty("amount").GetDecimal(), payment.GetProperty("status").GetString()));
        Assert.Equal(1, posts);
    }

    [Fact]
    public async Task APendingOutcomeIsAskedForAgainUntilTheProcessorHasAnswered()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Door sensor", 100.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Penny", "Pending");
        var card = await MoneySteps.AddSandboxCardAsync(api, id);
        var invoice = await MoneySteps.CreateInvoiceAsync(api, id, item);
        var paymentId = (await MoneySteps.PostMoneyAsync(api, $"/api/v1/invoices/{invoice}/pay", new { billingMethodId = card })).GetProperty("id").GetInt64();
        var page = await chromium.OpenPageAsync(system.BaseAddress);
        // The sandbox answers at once; the first two reads are made to say "processing", as a charge in flight would.
        var reads = 0;
        await page.RouteAsync($"**/api/v1/payments/{paymentId}", async route =>
        {
            if (++reads > 2)
            {
                await route.ContinueAsync();
                return;
            }

            var response = await route.FetchAsync();
            var body = new Regex("\"status\":\"succeeded\"").Replace(await response.TextAsync(), "\"status\":\"processing\"", 1);
            await route.FulfillAsync(new() { Response = response, Body = body });
        });
        await SignedInPages.SignInAtAsync(page, system, tenant, $"/customers/{id}/payments/{paymentId}");

        await Expect(page.Locator("#payment-status")).ToHaveTextAsync("processing");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Refund", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.Locator("#payment-status")).ToHaveTextAsync("succeeded");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Refund", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(3, reads);
    }

    [Fact]
    public async Task RefundingPartOfACardPaymentShowsTheRefundInTheListAndTheInvoiceIsDueAgain()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Installation", 100.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Rafe", "Refund");
        var card = await MoneySteps.AddSandboxCardAsync(api, id);
        var invoice = await MoneySteps.CreateInvoiceAsync(api, id, item);
        var paid = await MoneySteps.PostMoneyAsync(api, $"/api/v1/invoices/{invoice}/pay", new { billingMethodId = card });
        var paymentId = paid.GetProperty("id").GetInt64();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/payments/{paymentId}");

        await Expect(page.Locator("#payment-status")).ToHaveTextAsync("succeeded");
        await Expect(page.GetByLabel("Refund amount ($)")).ToHaveValueAsync("100.00");
        await page.GetByLabel("Refund amount ($)").FillAsync("25.00");
        await page.GetByLabel("Reason").FillAsync("One sensor returned");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refund", Exact = true }).ClickAsync();

        await Expect(page.Locator("#payment-refunded")).ToHaveTextAsync("25.00");
        await Expect(page.Locator("ul.refunds")).ToContainTextAsync("25.00");
        await Expect(page.GetByLabel("Refund amount ($)")).ToHaveValueAsync("75.00");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to payments" }).ClickAsync();
        var original = page.Locator($"tr[data-payment-id='{paymentId}']");
        await Expect(original.Locator("td[data-label='Refunded']")).ToHaveTextAsync("25.00");
        await Expect(original.Locator("td[data-label='Amount']")).ToHaveTextAsync("100.00");
        await Expect(page.Locator("table.payments tbody tr td[data-label='Type']")).ToHaveTextAsync(["refund", "sale"]);
        await Screens.SaveAsync(page, "record-payments");
        Assert.Equal(25.00m, await MoneySteps.DueAsync(api, invoice));
    }

    [Fact]
    public async Task ManagePaymentsListsWhatIsAppliedAndAppliesWhatIsLeftOfAnotherPayment()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Service call", 100.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Manny", "Manage");
        var invoice = await MoneySteps.CreateInvoiceAsync(api, id, item);
        var first = (await MoneySteps.PostMoneyAsync(api, $"/api/v1/invoices/{invoice}/pay", new { amount = 30.00m, manualKind = "cash" })).GetProperty("id").GetInt64();
        var spare = (await MoneySteps.PostMoneyAsync(api, $"/api/v1/customers/{id}/payments", new { amount = 150.00m, manualKind = "check", reference = "5521" })).GetProperty("id").GetInt64();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices/{invoice}");

        await page.GetByText("Manage payments").ClickAsync();
        await Expect(page.Locator("details.manage-payments ul.applied li")).ToHaveTextAsync([$"Payment {first} 30.00"]);
        await Expect(page.GetByLabel("Payment with money left")).ToHaveValueAsync(MoneySteps.Id(spare));
        await Expect(page.GetByLabel("Amount to apply ($)")).ToHaveValueAsync("70.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply payment" }).ClickAsync();

        await Expect(page.Locator("#saved-due")).ToHaveTextAsync("0.00");
        await page.GetByText("Manage payments").ClickAsync();
        await Expect(page.Locator("details.manage-payments ul.applied li")).ToHaveTextAsync([$"Payment {first} 30.00", $"Payment {spare} 70.00"]);
        await Screens.SaveAsync(page, "record-invoice-manage-payments");
        Assert.Equal(0.00m, await MoneySteps.DueAsync(api, invoice));
        var stored = await MoneySteps.GetAsync(api, $"/api/v1/payments/{spare}");
        Assert.Equal(80.00m, stored.GetProperty("unapplied").GetDecimal());
        await page.GetByRole(AriaRole.Link, new() { Name = $"Payment {spare}", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Payment {spare}" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task APaymentSavedWithoutProcessingIsEditedAndThenProcessedFromItsPage()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Keypad", 100.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Sam", "Saved");
        await MoneySteps.AddSandboxCardAsync(api, id);
        var invoice = await MoneySteps.CreateInvoiceAsync(api, id, item);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/payments");

        await page.GetByRole(AriaRole.Button, new() { Name = "New payment" }).ClickAsync();
        await page.GetByLabel("Amount ($)").FillAsync("100.00");
        await page.GetByLabel($"Invoice {invoice} (due 100.00)").FillAsync("100.00");
        await page.GetByLabel("Save without processing").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save payment" }).ClickAsync();

        await Expect(page.Locator("#payment-status")).ToHaveTextAsync("saved");
        Assert.Equal(100.00m, await MoneySteps.DueAsync(api, invoice));
        await page.GetByLabel("Reference").FillAsync("Call before charging");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("#payment-reference")).ToHaveTextAsync("Call before charging");
        await page.GetByRole(AriaRole.Button, new() { Name = "Process", Exact = true }).ClickAsync();

        await Expect(page.Locator("#payment-status")).ToHaveTextAsync("succeeded");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToHaveCountAsync(0);
        Assert.Equal(0.00m, await MoneySteps.DueAsync(api, invoice));
    }
}
