using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The lookup → invoice → payment run on a phone: 390 px wide, nothing wider than the screen, each customer a card.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PhoneLayoutTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheLookupInvoiceAndPaymentWorkAt390PixelsWide()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Philippa", "Phoneside", email: "philippa@example.test");
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Keypad", 49.00m);
        await ConsoleSteps.CreateCustomerAsync(api, "Oscar", "Other");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers", width: 390, height: 844);

        await page.GetByLabel("Search name, email, phone or address").PressSequentiallyAsync("philippa@");
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("table.list thead")).Not.ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the page scrolls sideways");
        await Screens.SaveAsync(page, "phone-lookup");
        await page.GetByRole(AriaRole.Link, new() { Name = "Philippa Phoneside" }).ClickAsync();

        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Philippa");
        Assert.EndsWith($"/customers/{id}", page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the record scrolls sideways");
        await Screens.SaveAsync(page, "phone-record");

        // On through an invoice and its payment, still at phone width.
        await page.GetByRole(AriaRole.Link, new() { Name = "Invoices", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New invoice" }).ClickAsync();
        await page.GetByLabel("Row 1 item").SelectOptionAsync(item.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByLabel("Row 1 amount")).ToHaveTextAsync("49.00");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the invoice editor scrolls sideways");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save & Stay" }).ClickAsync();
        await Expect(page.Locator("#saved-due")).ToHaveTextAsync("49.00");
        await Screens.SaveAsync(page, "phone-invoice");
        await page.GetByLabel("Received as").SelectOptionAsync("cash");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay invoice" }).ClickAsync();

        await Expect(page.Locator("#saved-due")).ToHaveTextAsync("0.00");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the paid invoice scrolls sideways");
        await Screens.SaveAsync(page, "phone-invoice-paid");
        var invoices = (await MoneySteps.GetAsync(api, $"/api/v1/customers/{id}/invoices")).GetProperty("items");
        Assert.Equal(0.00m, Assert.Single(invoices.EnumerateArray()).GetProperty("due").GetDecimal());
    }
}
