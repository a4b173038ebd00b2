using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The payment page's "Take off" button stands clear of the applied amount.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PaymentPageGapTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TakeOffSitsAGapAwayFromTheAmount()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Gail", "Gap");
        var invoice = await RecordSeeds.CreateInvoiceAsync(api, id, await RecordSeeds.AddItemAsync(api, "Siren", 40.00m));
        var cash = (await MoneySteps.PostMoneyAsync(api, $"/api/v1/invoices/{invoice}/pay", new { amount = 40.00m, manualKind = "cash" })).GetProperty("id").GetInt64();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/payments/{cash}");
        var button = page.GetByRole(AriaRole.Button, new() { Name = $"Take payment off invoice {invoice}" });
        await Expect(button).ToBeVisibleAsync();

        var amount = (await page.Locator("ul.applied li .money").BoundingBoxAsync())!;
        var take = (await button.BoundingBoxAsync())!;

        Assert.True(take.X - (amount.X + amount.Width) >= 8, $"The gap is {take.X - (amount.X + amount.Width)} px.");
    }
}
